import { describe, expect, it } from 'vitest';
import { layerProblem } from '../../scripts/layers.mjs';
import { literalsOf, textFindings } from '../../scripts/literals.mjs';

describe('the layers lint', () => {
  it('lets the engine use only itself and the generic machines', () => {
    expect(layerProblem('src/sim/game', 'src/machines/phase-steps')).toBeNull();
    expect(layerProblem('src/sim/game', 'src/machines/north-2023/kfor')).toMatch(/engine imports/);
    expect(layerProblem('src/sim/game', 'src/scenarios/north-2023/index')).toMatch(/engine imports/);
    expect(layerProblem('src/sim/game', 'src/text/describe')).toMatch(/engine imports/);
  });

  it('lets a scenario use the engine and the machines, never another scenario or the screens', () => {
    expect(layerProblem('src/scenarios/north-2023/index', 'src/machines/north-2023/index')).toBeNull();
    expect(layerProblem('src/scenarios/north-2023/index', 'src/scenarios/north-2023/actors')).toBeNull();
    expect(layerProblem('src/scenarios/north-2023/index', 'src/scenarios/plates-2022/actors')).toMatch(/another scenario/);
    expect(layerProblem('src/scenarios/north-2023/index', 'src/ui/theme')).toMatch(/scenarios use/);
  });

  it('lets every scenario use the shared data of northern Kosovo, which uses only the engine', () => {
    expect(layerProblem('src/scenarios/north-2023/map', 'src/scenarios/shared/north-kosovo-map')).toBeNull();
    expect(layerProblem('src/scenarios/plates-2022/background', 'src/scenarios/shared/sources')).toBeNull();
    expect(layerProblem('src/scenarios/plates-2022/map', 'src/scenarios/north-2023/map')).toMatch(/another scenario/);
    expect(layerProblem('src/scenarios/shared/north-kosovo-map', 'src/sim/types')).toBeNull();
    expect(layerProblem('src/scenarios/shared/primer', 'src/scenarios/shared/sources')).toBeNull();
    expect(layerProblem('src/scenarios/shared/sources', 'src/scenarios/north-2023/background')).toMatch(/imports a scenario/);
    expect(layerProblem('src/scenarios/shared/sources', 'src/machines/north-2023/kfor')).toMatch(/uses src\/sim only/);
    expect(layerProblem('src/scenarios/shared/sources', 'src/scenarios/index')).toMatch(/registry/);
    expect(layerProblem('src/scenes/Title', 'src/scenarios/shared/north-kosovo-map')).toMatch(/scene imports a scenario/);
  });

  it('keeps screens away from scenarios and ui away from scenes', () => {
    expect(layerProblem('src/scenes/Setup', 'src/scenarios/north-2023/actors')).toMatch(/scene imports a scenario/);
    expect(layerProblem('src/ui/clipboard', 'src/scenes/Dialog')).toMatch(/src\/ui imports a scene/);
    expect(layerProblem('src/scenes/Setup', 'src/ui/session')).toBeNull();
  });

  it('lets only entry points import the scenario registry', () => {
    expect(layerProblem('src/main', 'src/scenarios/index')).toBeNull();
    expect(layerProblem('src/cli/sim', 'src/scenarios/index')).toBeNull();
    expect(layerProblem('src/workers/whatif-worker', 'src/scenarios/index')).toBeNull();
    expect(layerProblem('src/ui/saves', 'src/scenarios/index')).toMatch(/registry/);
  });

  it('keeps the text layer to the engine', () => {
    expect(layerProblem('src/text/describe', 'src/sim/types')).toBeNull();
    expect(layerProblem('src/text/describe', 'src/ui/i18n')).toMatch(/text layer/);
  });
});

describe('the text lint', () => {
  it('reads string literals, template text and escapes, but not comments', () => {
    const src = "// 'Not this'\nconst a = 'New game';\nconst b = `Turn ${n} of ${m}`;\nconst c = 'it\\'s';";
    expect(literalsOf(src).map((l) => l.text)).toEqual(['New game', 'Turn ', ' of ', '', "it's"]);
  });

  it('reports words for a person, with their line', () => {
    const src = "const key = 'title.new-game';\nconst label = 'New game';\nconst back = 'Back';";
    expect(textFindings(src).map((f) => [f.line, f.text])).toEqual([
      [2, 'New game'],
      [3, 'Back'],
    ]);
  });

  it('leaves keys, fonts, module paths, scene keys and exempted literals alone', () => {
    const src = [
      "import { x } from '../ui/scene-nav';",
      'const f = \'bold 16px "Noto Sans"\';',
      "scene.start('Title');",
      '// not-text: a sample for the font loader',
      "const s = 'Ibër';",
      "t('game.key-help', { keys: 'Tab' });",
    ].join('\n');
    expect(textFindings(src, new Set(['Title']))).toEqual([{ line: 6, text: 'Tab' }]);
  });
});
