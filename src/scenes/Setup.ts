import * as Phaser from 'phaser';
import { findScenario } from '../scenarios';
import { actors } from '../scenarios/north-2023/actors';
import { ACTOR_IDS, type Difficulty } from '../sim/types';
import { announce, announceScene } from '../ui/announcer';
import { clearBranchOrigin } from '../ui/branch';
import { openScene } from '../ui/lazy-scenes';
import { currentSetup, type GameSetup, PLAYABLE_ACTORS, type Role, randomSeedCode, startGame, validateSetup } from '../ui/session';
import { fitTextHeight, fitTextWidth } from '../ui/text-fit';
import { ACTOR_STYLE, COLORS, css, GAME_WIDTH, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, addWrappedText, Button, Chip, FocusGroup, HeaderBar, Meter, Panel, type TextField } from '../ui/widgets';
import { addDifficultyRow, addSeedRow, addStartLinkButton, SEED_HELP } from './components/SeedAndDifficulty';

const WATCH_VIEW =
  'Every actor is played by the computer. Watch the crisis unfold turn by turn, and open any actor to see why it acted as it did. Useful for a class discussion before or after playing.';

/** "North 2023: mayors, buildings and barricades (April–June 2023)", from the scenario data. */
function scenarioLabel(): string {
  const sc = findScenario('north-2023');
  if (!sc) return 'North 2023';
  const start = new Date(`${sc.startDate}T12:00:00Z`);
  const end = new Date(start.getTime() + (sc.lastTurn * sc.daysPerTurn - 1) * 86_400_000);
  const month = (d: Date) => d.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  const span = month(start) === month(end) ? month(start) : `${month(start)}–${month(end)}`;
  return `${sc.title} (${span} ${end.getUTCFullYear()})`;
}

function roleName(role: Role): string {
  return role === 'watch' ? 'Watch (all AI)' : actors[role].short;
}

/** New game: scenario, role, seed code, difficulty, then Start. */
export class Setup extends Phaser.Scene {
  private role: Role = 'serbia';
  private difficulty: Difficulty = 'normal';

  constructor() {
    super('Setup');
  }

  create(): void {
    // Coming back from the briefing keeps the last choices.
    const previous = currentSetup();
    // After a hot-seat game the first player may be an actor that is AI-only alone: start from Serbia then.
    this.role = previous && !previous.players ? previous.role : 'serbia';
    this.difficulty = previous?.difficulty ?? 'normal';
    this.rolePanelObj = null;
    addBackdrop(this);
    const header = new HeaderBar(this, { title: 'New game', right: 'Choose a role, a seed and a difficulty' });
    const back = () => this.scene.start('Title');
    const group = new FocusGroup(this, { onEscape: back });

    const left = 48;
    const colW = 640;
    const label = (y: number, text: string) => this.add.text(left, y, text, textStyle('label'));

    // Scenario (one for now).
    let y = header.barHeight + 16;
    label(y, 'SCENARIO');
    y += 24;
    group.add(
      new Button(this, {
        x: left,
        y,
        width: colW,
        height: 46,
        label: scenarioLabel(),
        toggle: true,
        selected: true,
        fontSize: 17,
        onActivate: () => announce('North 2023 is the only scenario for now. It is selected.'),
      }),
    );

    // Role: the five playable actors and "watch", two columns.
    y += 46 + 16;
    label(y, 'YOUR ROLE');
    y += 24;
    const roles: Role[] = [...PLAYABLE_ACTORS, 'watch'];
    const roleButtons = new Map<Role, Button>();
    const gap = 14;
    const bw2 = (colW - gap) / 2;
    const rowH = 42;
    const rowGap = 8;
    roles.forEach((role, i) => {
      const col = i % 2;
      const row = Math.floor(i / 2);
      const b = new Button(this, {
        x: left + col * (bw2 + gap),
        y: y + row * (rowH + rowGap),
        width: bw2,
        height: rowH,
        label: roleName(role),
        hotkey: String(i + 1),
        toggle: true,
        selected: role === this.role,
        chipColor: role === 'watch' ? COLORS.textDim : ACTOR_STYLE[role].color,
        chipText: role === 'watch' ? 'ALL' : ACTOR_STYLE[role].tag,
        onActivate: () => this.chooseRole(role, roleButtons),
      });
      roleButtons.set(role, group.add(b));
    });
    y += 3 * (rowH + rowGap);
    // Several people at one screen: a screen of its own.
    group.add(
      new Button(this, {
        x: left,
        y,
        width: colW,
        height: rowH,
        label: 'Several players (hot-seat)…',
        hotkey: '7',
        fontSize: 17,
        description: 'two to eight people at one screen, each choosing in private; the other roles are played by the computer',
        // The seed and difficulty chosen here come along.
        onActivate: () => openScene(this, 'HotseatSetup', { seed: this.seedField?.value ?? '', difficulty: this.difficulty }),
      }),
    );
    y += rowH + 14;

    // Seed.
    label(y, 'SEED CODE');
    y += 24;
    const seedRow = addSeedRow(
      this,
      group,
      { x: left, y, width: colW },
      { value: previous?.seed ?? randomSeedCode(), onChange: () => this.refreshStart() },
    );
    const field = seedRow.field;
    this.seedHelp = seedRow.help;
    y += 46 + 6;

    // Difficulty.
    y += 30;
    label(y, 'DIFFICULTY');
    y += 24;
    addDifficultyRow(this, group, { x: left, y, width: colW, gap, current: this.difficulty, onChoose: (d) => (this.difficulty = d) });

    // Right: what the chosen role wants.
    const px = 720;
    const pw = GAME_WIDTH - px - 48;
    this.rolePanel = { x: px, y: header.barHeight + 16, w: pw, h: 720 - 56 - 40 - 20 - header.barHeight - 16 };
    this.showRole();

    // Start / Back.
    const bottom = 720 - 56 - 36;
    group.add(new Button(this, { x: left, y: bottom, width: 180, height: 56, label: 'Back', hint: '[Esc]', onActivate: back }));
    // Copy a start link: the same scenario, role, seed and difficulty for a whole class.
    const link = addStartLinkButton(
      this,
      group,
      { x: left + 180 + 16, y: bottom, statusRight: GAME_WIDTH - 48 - 300 - 16 },
      {
        description: 'a link that opens this game with the same role, seed and difficulty',
        done: 'Start link copied. It opens this game for anyone:',
        setup: () => this.setupFrom(field.value),
        who: (setup) => roleName(setup.role),
      },
    );
    this.linkButton = link.button;
    this.linkStatus = link.status;
    this.startButton = group.add(
      new Button(this, {
        x: GAME_WIDTH - 48 - 300,
        y: bottom,
        width: 300,
        height: 56,
        label: 'Start',
        variant: 'primary',
        onActivate: () => this.start(field.value),
      }),
    );
    this.seedField = field;
    this.refreshStart();
    group.focusFirst(roleButtons.get(this.role));
    addKeyHelp(
      this,
      'Tab or arrow keys: move · Enter or Space: choose · 1–6: roles · 7: several players · L: copy a start link · Esc: back',
    );

    announceScene(
      'Setup',
      'New game. Choose your role: Serbia, Kosovo, Kosovo Serbs, KFOR, EU, or watch with all actors played by the computer (keys 1 to 6). Or key 7: several players at one screen (hot-seat). Then a seed code and a difficulty, and Start.',
    );
  }

  private rolePanel = { x: 0, y: 0, w: 0, h: 0 };
  private linkButton: Button | null = null;
  private linkStatus: Phaser.GameObjects.Text | null = null;
  private rolePanelObj: Panel | null = null;
  private seedHelp: Phaser.GameObjects.Text | null = null;
  private startButton: Button | null = null;
  private seedField: TextField | null = null;

  private chooseRole(role: Role, buttons: Map<Role, Button>): void {
    this.role = role;
    for (const [r, b] of buttons) b.setSelected(r === role);
    this.showRole();
    announce(`Role: ${roleName(role)}. ${role === 'watch' ? WATCH_VIEW : actors[role].view}`);
  }

  private showRole(): void {
    this.rolePanelObj?.destroy();
    const { x, y, w, h } = this.rolePanel;
    const role = this.role;
    const panel = new Panel(this, {
      x,
      y,
      width: w,
      height: h,
      title: role === 'watch' ? 'Watch: the computer plays every actor' : actors[role].name,
      accent: role === 'watch' ? COLORS.textDim : ACTOR_STYLE[role].color,
      tag: role === 'watch' ? 'ALL' : ACTOR_STYLE[role].tag,
    });
    const inner = panel.inner;
    const view = addWrappedText(this, inner.x, inner.y + 2, role === 'watch' ? WATCH_VIEW : actors[role].view, inner.width, 'small');
    panel.add(view);
    let ty = inner.y + 2 + view.height + 14;
    const bottom = inner.y + inner.height;
    if (role === 'watch') {
      panel.add(this.add.text(inner.x, ty, 'THE ACTORS', textStyle('label')));
      ty += 28;
      for (const id of ACTOR_IDS) {
        const chip = new Chip(this, { x: inner.x, y: ty, text: ACTOR_STYLE[id].tag, color: ACTOR_STYLE[id].color, minWidth: 52 });
        const name = this.add.text(inner.x + 62, ty - 1, actors[id].name, textStyle('small'));
        fitTextWidth(name, inner.width - 62);
        panel.add([chip, name]);
        ty += 27;
      }
    } else {
      const profile = actors[role];
      panel.add(this.add.text(inner.x, ty, 'SUCCESS MEANS', textStyle('label')));
      ty += 24;
      const meterBlock = 26 + 3 * 40;
      const list = addWrappedText(this, inner.x, ty, profile.objectives.map((o) => `• ${o.text}`).join('\n'), inner.width, 'small', {
        color: css(COLORS.text),
      });
      fitTextHeight(list, bottom - meterBlock - ty - 8, 12);
      panel.add(list);
      ty = bottom - meterBlock;
      panel.add(this.add.text(inner.x, ty, 'STARTING POSITION', textStyle('label')));
      ty += 26;
      const meters: [string, number][] = [
        ['Support at home', profile.start.support],
        ['Standing abroad', profile.start.standing],
        [profile.specialMeter, profile.start.special],
      ];
      for (const [name, value] of meters) {
        panel.add(new Meter(this, { x: inner.x, y: ty, width: inner.width, label: name, value, kind: 'tiny', barHeight: 8 }));
        ty += 40;
      }
    }
    this.rolePanelObj = panel;
  }

  private refreshStart(): void {
    const problem = validateSetup(this.setupFrom(this.seedField?.value ?? ''));
    this.startButton?.setDisabled(problem !== null);
    this.linkButton?.setDisabled(problem !== null);
    this.linkStatus?.setText('');
    // The hint under the field turns into the problem (words and a "!" as well as colour).
    this.seedHelp?.setText(problem ? `! ${problem}` : SEED_HELP);
    this.seedHelp?.setColor(css(problem ? COLORS.warn : COLORS.textMuted));
    this.seedHelp?.setFontStyle(problem ? 'bold' : 'normal');
  }

  private setupFrom(seed: string): GameSetup {
    return { scenarioId: 'north-2023', role: this.role, seed, difficulty: this.difficulty };
  }

  private start(seed: string): void {
    const setup = this.setupFrom(seed);
    const problem = validateSetup({ ...setup, seed: seed.trim() });
    if (problem) {
      announce(problem);
      return;
    }
    // A new game is not a branch of a replay.
    clearBranchOrigin();
    startGame(setup, this);
  }
}
