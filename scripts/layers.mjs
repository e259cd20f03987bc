// Lint: the layers of the code and which way imports may point.
//
//   src/sim         the generic engine: imports no scenario, no words, no screens
//   src/machines    generic machine builders, and each scenario's posture machines
//                   (src/machines/<scenario>/): they import src/sim and src/machines only
//   src/scenarios   one folder per crisis: imports src/sim, src/machines and
//                   src/scenarios/shared only (never another crisis's folder);
//                   src/scenarios/index.ts is the registry
//   src/scenarios/shared
//                   what the crises of northern Kosovo share (the map, the story's
//                   source addresses, the locator): data, so it imports src/sim only;
//                   it is not a scenario and the registry does not list it
//   src/class       a class game (roles, teams, sealed orders) and its wire
//                   protocol: pure, imports src/sim and src/class only
//   src/text        words: the message catalogue and the game's data in words;
//                   imports src/sim only (never a scenario: it is handed one)
//   src/ui          browser helpers: never import src/scenes or the registry
//   src/scenes      Phaser screens: never import the registry or a scenario
//   entry points    src/main.ts, src/cli, src/workers, src/server: the only code that imports
//                   the scenario registry, which they hand to the rest
//
// Relative imports are resolved; package imports are not checked here (the
// purity check bans Phaser and Node built-ins in the pure layers).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IMPORT_RES, lineOf, listSources, stripSource } from './purity.mjs';

const SCENARIO_MACHINES = /^src\/machines\/[^/]+\//; // src/machines/<scenario>/…
const SHARED_SCENARIO_DATA = 'shared'; // src/scenarios/shared/…
const REGISTRY = 'src/scenarios/index';
const ENTRY_POINTS = [/^src\/main(\.ts)?$/, /^src\/cli\//, /^src\/workers\//, /^src\/server\//];

const under = (file, dir) => file === dir || file.startsWith(`${dir}/`) || file.startsWith(`${dir}.`);
const layerOf = (file) =>
  ['src/sim', 'src/machines', 'src/scenarios', 'src/class', 'src/text', 'src/ui', 'src/scenes'].find((d) => under(file, d)) ?? null;

/** Why `from` may not import `to` (both repo-relative, without extension), or null. */
export function layerProblem(from, to) {
  const toLayer = layerOf(to);
  if (to === REGISTRY && !ENTRY_POINTS.some((re) => re.test(from)))
    return 'imports the scenario registry: only entry points (src/main.ts, src/cli, src/workers, src/server) may';
  switch (layerOf(from)) {
    case 'src/sim':
      if (toLayer !== 'src/sim' && !(toLayer === 'src/machines' && !SCENARIO_MACHINES.test(to)))
        return `the engine imports ${toLayer ?? to}: it may use only src/sim and the generic src/machines`;
      return null;
    case 'src/machines':
      if (toLayer !== 'src/sim' && toLayer !== 'src/machines')
        return `a machine imports ${toLayer ?? to}: machines use src/sim and src/machines only`;
      if (!SCENARIO_MACHINES.test(from) && SCENARIO_MACHINES.test(to)) return 'a generic machine builder imports a scenario’s machines';
      return null;
    case 'src/scenarios': {
      if (from.startsWith('src/scenarios/index')) return null;
      const fromFolder = from.split('/')[2];
      const toFolder = toLayer === 'src/scenarios' ? to.split('/')[2] : null;
      if (fromFolder === SHARED_SCENARIO_DATA) {
        if (toFolder !== null && toFolder !== SHARED_SCENARIO_DATA) return 'the shared scenario data imports a scenario';
        if (toLayer !== 'src/sim' && toFolder !== SHARED_SCENARIO_DATA)
          return `the shared scenario data imports ${toLayer ?? to}: src/scenarios/shared uses src/sim only`;
        return null;
      }
      if (toFolder !== null && toFolder !== fromFolder && toFolder !== SHARED_SCENARIO_DATA) return 'a scenario imports another scenario';
      if (toLayer !== 'src/sim' && toLayer !== 'src/machines' && toLayer !== 'src/scenarios')
        return `a scenario imports ${toLayer ?? to}: scenarios use src/sim, src/machines and src/scenarios/shared only`;
      return null;
    }
    case 'src/class':
      if (toLayer !== 'src/sim' && toLayer !== 'src/class') return `the class game imports ${toLayer ?? to}: it uses src/sim only`;
      return null;
    case 'src/text':
      if (toLayer !== 'src/sim' && toLayer !== 'src/text') return `the text layer imports ${toLayer ?? to}: it uses src/sim only`;
      return null;
    case 'src/ui':
      if (toLayer === 'src/scenes') return 'src/ui imports a scene: scenes depend on ui, never the other way';
      if (toLayer === 'src/scenarios') return 'src/ui imports a scenario: screens get scenarios from src/ui/scenario-source.ts';
      if (toLayer === 'src/cli') return 'src/ui imports the command line';
      return null;
    case 'src/scenes':
      if (toLayer === 'src/scenarios') return 'a scene imports a scenario: screens get scenarios from src/ui/scenario-source.ts';
      if (toLayer === 'src/cli') return 'a scene imports the command line';
      return null;
    default:
      return null;
  }
}

const stripExt = (p) => p.replace(/\.(ts|mts|js|mjs|json)$/, '').replace(/\/index$/, '/index');

/** Check one file's imports. */
export function checkLayers(text, file, root) {
  const from = path.relative(root, file).split(path.sep).join('/');
  const { code } = stripSource(text);
  const findings = [];
  for (const re of IMPORT_RES) {
    re.lastIndex = 0;
    for (const m of code.matchAll(re)) {
      const spec = m[2] ?? '';
      if (!spec.startsWith('.')) continue;
      let to = stripExt(
        path
          .relative(root, path.resolve(path.dirname(file), spec))
          .split(path.sep)
          .join('/'),
      );
      if (to === 'src/scenarios') to = REGISTRY;
      const why = layerProblem(from, to);
      if (why) findings.push({ file: from, line: lineOf(code, m.index ?? 0), message: `${why} ("${spec}")` });
    }
  }
  return findings;
}

export function checkAllLayers(root) {
  const absRoot = path.resolve(root);
  let files = 0;
  const findings = [];
  for (const file of listSources(path.join(absRoot, 'src'))) {
    files++;
    findings.push(...checkLayers(readFileSync(file, 'utf8'), file, absRoot));
  }
  return { files, findings };
}
