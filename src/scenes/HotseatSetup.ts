import * as Phaser from 'phaser';
import { lengthIds } from '../sim/lengths';
import { type ActorId, type Difficulty, FULL_LENGTH, type LengthId, type Scenario } from '../sim/types';
import { actorFullName, actorName } from '../text/describe';
import type { Messages } from '../text/messages';
import { announce, announceScene } from '../ui/announcer';
import { clearBranchOrigin } from '../ui/branch';
import { messages } from '../ui/i18n';
import { openScene } from '../ui/lazy-scenes';
import { defaultScenario, scenarioById } from '../ui/scenario-source';
import {
  currentSetup,
  type GameSetup,
  hotseatSetup,
  MIN_PLAYERS,
  maxPlayers,
  orderPlayers,
  playableActors,
  playerList,
  playerNames,
  playersProblem,
  randomSeedCode,
  setupLength,
  startGame,
  validateSetup,
} from '../ui/session';
import { fitNote, fitTextWidth, setTextBox } from '../ui/text-fit';
import { actorColor, actorTag, COLORS, css, FONT, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, addWrappedText, Button, Chip, FocusGroup, HeaderBar, Panel, type TextField } from '../ui/widgets';
import { addDifficultyRow, addLengthRow, addSeedRow, addStartLinkButton, addTeamField } from './components/SeedAndDifficulty';

/** How hot-seat works: the panel's paragraphs (message keys). */
const HOW_IT_WORKS = ['hotseat.how.1', 'hotseat.how.2', 'hotseat.how.3'] as const;

/** The "player 1" / "computer" words beside each actor in the list of who plays. */
const STATUS_SIZE = FONT.tiny - 1;

/** New hot-seat game: two or more players (toggle buttons, keys 1–8), seed, difficulty, Start. */
export class HotseatSetup extends Phaser.Scene {
  private players: ActorId[] = [];
  /** The scenario of the game being set up (the last one chosen, else the default). */
  private scenario: Scenario | null = null;
  private difficulty: Difficulty = 'normal';
  private counter: Phaser.GameObjects.Text | null = null;
  private seedHelp: Phaser.GameObjects.Text | null = null;
  private startButton: Button | null = null;
  private seedField: TextField | null = null;
  private statusTexts = new Map<ActorId, Phaser.GameObjects.Text>();

  /** The seed and difficulty brought from the one-player Setup screen, if it opened this one. */
  private carried: { scenarioId?: string; seed?: string; difficulty?: Difficulty; length?: LengthId; team?: string } = {};
  private length: LengthId = FULL_LENGTH;
  /** The team name, cleaned ('' when none). */
  private team = '';

  constructor() {
    super('HotseatSetup');
  }

  init(data: { scenarioId?: string; seed?: string; difficulty?: Difficulty; length?: LengthId; team?: string }): void {
    this.carried = data ?? {};
    // Phaser keeps the last start data for a later start without data: forget it once read.
    this.sys.settings.data = {};
  }

  create(): void {
    // Coming back from the briefing keeps the last choices; from Setup, its seed and difficulty come along.
    // The scenario chosen on Setup, else the last game's, else the default.
    const chosen = this.carried.scenarioId ? scenarioById(this.carried.scenarioId) : undefined;
    const last = currentSetup();
    const scenario = chosen || (last && scenarioById(last.scenarioId)) || defaultScenario();
    // The last game's choices count only for the same scenario.
    const previous = last?.scenarioId === scenario.id ? last : null;
    this.scenario = scenario;
    const m = messages(scenario);
    const max = maxPlayers(scenario);
    this.players = previous?.players ? [...previous.players] : [];
    this.difficulty = this.carried.difficulty ?? previous?.difficulty ?? 'normal';
    this.length = this.carried.length ?? (previous ? setupLength(previous) : FULL_LENGTH);
    this.team = this.carried.team ?? previous?.team ?? '';
    const seed = this.carried.seed?.trim() ? this.carried.seed : (previous?.seed ?? randomSeedCode());
    this.counter = this.seedHelp = null;
    this.startButton = null;
    this.seedField = null;
    this.statusTexts = new Map();
    addBackdrop(this);
    const header = new HeaderBar(this, {
      title: m.t('hotseat.title'),
      right: m.t('hotseat.header', { min: MIN_PLAYERS, max }),
    });
    // Back to Setup, still with this scenario.
    const back = () => openScene(this, 'Setup', { scenarioId: scenario.id });
    const group = new FocusGroup(this, { onEscape: back });

    const left = 48;
    const colW = 640;
    const gap = 14;
    const label = (y: number, text: string) => this.add.text(left, y, text, textStyle('label'));

    // The actors, two columns (four rows for eight): toggles (any number).
    let y = header.barHeight + 16;
    label(y, m.t('hotseat.label.players', { max }));
    y += 26;
    const bw2 = (colW - gap) / 2;
    const rowH = 44;
    const perColumn = Math.ceil(scenario.actorIds.length / 2);
    const buttons = new Map<ActorId, Button>();
    scenario.actorIds.forEach((id, i) => {
      const col = Math.floor(i / perColumn);
      const row = i % perColumn;
      const b = new Button(this, {
        x: left + col * (bw2 + gap),
        y: y + row * (rowH + 8),
        width: bw2,
        height: rowH,
        label: actorName(m, id),
        hotkey: String(i + 1),
        toggle: true,
        indicator: 'check',
        selected: this.players.includes(id),
        chipColor: actorColor(scenario, id),
        chipText: actorTag(m, id),
        fontSize: 17,
        description: actorFullName(m, id),
        onActivate: () => this.toggle(id, buttons),
      });
      buttons.set(id, group.add(b));
    });
    y += perColumn * (rowH + 8) + 4;
    this.counter = addWrappedText(this, left, y, '', colW, 'small');
    y += 52;

    // Seed.
    label(y, m.t('setup.label.seed'));
    y += 24;
    const seedW = 420;
    const seedRow = addSeedRow(
      this,
      group,
      { x: left, y, width: seedW, randomWidth: 120, helpWidth: seedW },
      { value: seed, onChange: () => this.refresh() },
    );
    this.seedField = seedRow.field;
    this.seedHelp = seedRow.help;
    addTeamField(
      this,
      group,
      { x: left + seedW + 16, y, width: colW - seedW - 16, help: false },
      { value: this.team, onChange: (team) => (this.team = team) },
    );
    y += 46 + 6;

    // Difficulty.
    y += 46;
    label(y, m.t('setup.label.difficulty'));
    y += 24;
    addDifficultyRow(this, group, { x: left, y, width: colW, gap, current: this.difficulty, onChoose: (d) => (this.difficulty = d) });

    // Right: how hot-seat works, and who plays what; under it the game's length.
    // The length's heading, its buttons and two lines of words about it.
    const lengthRoom = lengthIds(scenario).length > 1 ? 112 : 0;
    const panelH = this.buildPanel(m, header.barHeight + 16, lengthRoom);
    addLengthRow(this, group, {
      x: 720,
      y: header.barHeight + 16 + panelH + 14,
      width: GAME_WIDTH - 720 - 48,
      gap,
      scenario,
      current: this.length,
      onChoose: (l) => (this.length = l),
    });

    // Back / Start.
    const bottom = 720 - 56 - 36;
    group.add(new Button(this, { x: left, y: bottom, width: 180, height: 56, label: m.t('menu.back'), hint: '[Esc]', onActivate: back }));
    // A start link for the same players, seed and difficulty (role=serbia,kosovo,…), for a class.
    addStartLinkButton(
      this,
      group,
      { x: left + 180 + 16, y: bottom, statusRight: GAME_WIDTH - 48 - 300 - 16 },
      {
        description: m.t('hotseat.start-link.description'),
        done: m.t('hotseat.start-link.done'),
        setup: () => hotseatSetup(scenario, this.players, this.seedField?.value ?? '', this.difficulty, this.extra()),
        who: (setup) => playerNames(m, setup.players ?? []),
      },
    );
    this.startButton = group.add(
      new Button(this, {
        x: GAME_WIDTH - 48 - 300,
        y: bottom,
        width: 300,
        height: 56,
        label: m.t('setup.start'),
        variant: 'primary',
        onActivate: () => this.start(),
      }),
    );
    this.refresh();
    group.focusFirst(buttons.get(this.players[0] ?? scenario.actorIds[0] ?? ''));
    addKeyHelp(this, m.t('hotseat.keys', { max }));

    announceScene(
      'HotseatSetup',
      m.t('hotseat.announce', {
        min: MIN_PLAYERS,
        max,
        keys: scenario.actorIds.map((id, i) => m.t('hotseat.announce.key', { key: i + 1, actor: actorName(m, id) })).join('; '),
        start: m.t('setup.start'),
        counter: this.counterText(),
      }),
    );
  }

  /** The length and team name chosen here (the full length and an empty name left out). */
  private extra(): Pick<GameSetup, 'length' | 'team'> {
    return {
      ...(this.length !== FULL_LENGTH ? { length: this.length } : {}),
      ...(this.team ? { team: this.team } : {}),
    };
  }

  /** The scenario being set up, and its messages in the reader's language. */
  private current(): Scenario {
    this.scenario ??= defaultScenario();
    return this.scenario;
  }

  private messages(): Messages {
    return messages(this.current());
  }

  private buildPanel(m: Messages, top: number, below: number): number {
    const scenario = this.current();
    const x = 720;
    const w = GAME_WIDTH - x - 48;
    const h = 720 - 56 - 40 - 20 - top - below;
    const panel = new Panel(this, { x, y: top, width: w, height: h, title: m.t('hotseat.panel.title') });
    const inner = panel.inner;
    let ty = inner.y + 2;
    // The roles only hot-seat lets a person play, named in the third paragraph.
    const aiOnly = playerNames(
      m,
      scenario.actorIds.filter((id) => !playableActors(scenario).includes(id)),
    );
    for (const key of HOW_IT_WORKS) {
      const t = addWrappedText(this, inner.x, ty, m.t(key, { aiOnly }), inner.width, 'tiny', { color: css(COLORS.text) });
      panel.add(t);
      ty += t.height + 8;
    }
    ty += 6;
    panel.add(this.add.text(inner.x, ty, m.t('hotseat.label.who'), textStyle('label')));
    ty += 26;
    // In two columns when one would not fit (the panel is shorter when the game's length is chosen under it).
    const ids = scenario.actorIds;
    const room = inner.y + inner.height - ty;
    const columns = room / ids.length >= 24 ? 1 : 2;
    const perColumn = Math.ceil(ids.length / columns);
    const rowH = Math.min(27, Math.floor(room / perColumn));
    const colGap = 16;
    const colW = (inner.width - (columns - 1) * colGap) / columns;
    // The status column is as wide as its widest wording ("player 8" in bold, "computer"), at most half the name's room.
    const probe = this.add.text(
      0,
      0,
      m.t('hotseat.status.player', { n: ids.length }),
      textStyle('small', { fontStyle: 'bold', fontSize: `${STATUS_SIZE}px` }),
    );
    const widest = Math.max(probe.width, probe.setFontStyle('normal').setText(m.t('hotseat.status.computer')).width);
    probe.destroy();
    const statusW = Math.min(Math.ceil(widest), Math.floor((colW - 62) / 2));
    ids.forEach((id, i) => {
      const cx = inner.x + Math.floor(i / perColumn) * (colW + colGap);
      const cy = ty + (i % perColumn) * rowH;
      const chip = new Chip(this, { x: cx, y: cy, text: actorTag(m, id), color: actorColor(scenario, id), minWidth: 52 });
      const name = this.add.text(cx + 62, cy - 1, actorName(m, id), textStyle('small'));
      fitTextWidth(name, colW - 62 - statusW - SPACE.xs, 12);
      const status = this.add.text(cx + colW, cy - 1, '', textStyle('small', { fontSize: `${STATUS_SIZE}px` })).setOrigin(1, 0);
      setTextBox(status, statusW);
      this.statusTexts.set(id, status);
      panel.add([chip, name, status]);
    });
    return h;
  }

  private toggle(id: ActorId, buttons: Map<ActorId, Button>): void {
    const on = !this.players.includes(id);
    const scenario = this.current();
    this.players = orderPlayers(scenario, on ? [...this.players, id] : this.players.filter((p) => p !== id));
    buttons.get(id)?.setSelected(on);
    this.refresh();
    const m = this.messages();
    announce(m.t('hotseat.toggled', { actor: actorName(m, id), person: on ? 'yes' : 'no', counter: this.counterText() }));
  }

  /** "3 players: Serbia, Kosovo, KFOR. The other 5 are played by the computer." (with a "!" while fewer than two). */
  private counterText(): string {
    const scenario = this.current();
    const m = this.messages();
    const n = this.players.length;
    const max = maxPlayers(scenario);
    if (n === 0) return m.t('hotseat.counter.none', { min: MIN_PLAYERS, max });
    const players = playerList(m, this.players);
    if (n < MIN_PLAYERS) return m.t('hotseat.counter.too-few', { count: n, players, more: MIN_PLAYERS - n });
    return m.t('hotseat.counter', { count: n, players, ai: scenario.actorIds.length - n });
  }

  private refresh(): void {
    const scenario = this.current();
    const m = this.messages();
    const seed = this.seedField?.value ?? '';
    const setup = hotseatSetup(scenario, this.players, seed.trim(), this.difficulty, this.extra());
    const problem = validateSetup(setup);
    this.startButton?.setDisabled(problem !== null);
    const playersWrong = playersProblem(scenario, this.players);
    this.counter?.setText(this.counterText());
    this.counter?.setColor(css(playersWrong ? COLORS.warn : COLORS.text));
    this.counter?.setFontStyle(playersWrong ? 'bold' : 'normal');
    // The seed's problem (empty, too long) shows under the field: words and a "!" as well as colour.
    const two = scenario.actorIds.slice(0, MIN_PLAYERS);
    const seedWrong = playersWrong ? validateSetup(hotseatSetup(scenario, two, seed.trim(), this.difficulty)) : problem;
    this.seedHelp?.setText(seedWrong ? m.t('setup.problem-line', { problem: seedWrong }) : m.t('seed.help'));
    this.seedHelp?.setColor(css(seedWrong ? COLORS.warn : COLORS.textMuted));
    this.seedHelp?.setFontStyle(seedWrong ? 'bold' : 'normal');
    for (const [id, t] of this.statusTexts) {
      const i = this.players.indexOf(id);
      t.setText(i >= 0 ? m.t('hotseat.status.player', { n: i + 1 }) : m.t('hotseat.status.computer'));
      t.setColor(css(i >= 0 ? COLORS.text : COLORS.textDim));
      t.setFontStyle(i >= 0 ? 'bold' : 'normal');
      fitTextWidth(t.setFontSize(STATUS_SIZE), fitNote(t)?.width ?? t.width, 12);
    }
  }

  private start(): void {
    const m = this.messages();
    const setup = hotseatSetup(this.current(), this.players, this.seedField?.value ?? '', this.difficulty, this.extra());
    const problem = validateSetup({ ...setup, seed: setup.seed.trim() });
    if (problem) {
      announce(m.ref(problem));
      return;
    }
    announce(m.t('hotseat.starting', { players: playerNames(m, setup.players ?? []) }));
    clearBranchOrigin();
    startGame(setup, this);
  }
}
