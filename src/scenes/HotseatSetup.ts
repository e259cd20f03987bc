import * as Phaser from 'phaser';
import { actors } from '../scenarios/north-2023/actors';
import { ACTOR_IDS, type ActorId, type Difficulty } from '../sim/types';
import { announce, announceScene } from '../ui/announcer';
import { clearBranchOrigin } from '../ui/branch';
import { openScene } from '../ui/lazy-scenes';
import {
  currentSetup,
  hotseatSetup,
  MAX_PLAYERS,
  MIN_PLAYERS,
  orderPlayers,
  playerNames,
  playersProblem,
  randomSeedCode,
  startGame,
  validateSetup,
} from '../ui/session';
import { fitTextWidth } from '../ui/text-fit';
import { ACTOR_STYLE, COLORS, css, GAME_WIDTH, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, addWrappedText, Button, Chip, FocusGroup, HeaderBar, Panel, type TextField } from '../ui/widgets';
import { addDifficultyRow, addSeedRow, addStartLinkButton, SEED_HELP } from './components/SeedAndDifficulty';

const HOW_IT_WORKS = [
  'Several people share this screen, each playing one role. Each turn the device goes round: a “pass the device” screen names the next player, the others look away, and that player chooses in private.',
  'Nobody sees another player’s order until everyone has chosen: then all orders are revealed together and resolved, and everyone reads what happened.',
  'The roles nobody chooses are played by the computer. In hot-seat even the USA, Russia and China may be played by a person.',
];

/** New hot-seat game: 2 to 8 players (toggle buttons, keys 1–8), seed, difficulty, Start. */
export class HotseatSetup extends Phaser.Scene {
  private players: ActorId[] = [];
  private difficulty: Difficulty = 'normal';
  private counter: Phaser.GameObjects.Text | null = null;
  private seedHelp: Phaser.GameObjects.Text | null = null;
  private startButton: Button | null = null;
  private seedField: TextField | null = null;
  private statusTexts = new Map<ActorId, Phaser.GameObjects.Text>();

  /** The seed and difficulty brought from the one-player Setup screen, if it opened this one. */
  private carried: { seed?: string; difficulty?: Difficulty } = {};

  constructor() {
    super('HotseatSetup');
  }

  init(data: { seed?: string; difficulty?: Difficulty }): void {
    this.carried = data ?? {};
    // Phaser keeps the last start data for a later start without data: forget it once read.
    this.sys.settings.data = {};
  }

  create(): void {
    // Coming back from the briefing keeps the last choices; from Setup, its seed and difficulty come along.
    const previous = currentSetup();
    this.players = previous?.players ? [...previous.players] : [];
    this.difficulty = this.carried.difficulty ?? previous?.difficulty ?? 'normal';
    const seed = this.carried.seed?.trim() ? this.carried.seed : (previous?.seed ?? randomSeedCode());
    this.counter = this.seedHelp = null;
    this.startButton = null;
    this.seedField = null;
    this.statusTexts = new Map();
    addBackdrop(this);
    const header = new HeaderBar(this, {
      title: 'New game · several players (hot-seat)',
      right: `Choose ${MIN_PLAYERS} to ${MAX_PLAYERS} players, a seed and a difficulty`,
    });
    const back = () => openScene(this, 'Setup');
    const group = new FocusGroup(this, { onEscape: back });

    const left = 48;
    const colW = 640;
    const gap = 14;
    const label = (y: number, text: string) => this.add.text(left, y, text, textStyle('label'));

    // The eight actors, two columns of four: toggles (any number).
    let y = header.barHeight + 16;
    label(y, 'PLAYERS · press each role that a person will play (keys 1–8)');
    y += 26;
    const bw2 = (colW - gap) / 2;
    const rowH = 44;
    const buttons = new Map<ActorId, Button>();
    ACTOR_IDS.forEach((id, i) => {
      const col = Math.floor(i / 4);
      const row = i % 4;
      const b = new Button(this, {
        x: left + col * (bw2 + gap),
        y: y + row * (rowH + 8),
        width: bw2,
        height: rowH,
        label: actors[id].short,
        hotkey: String(i + 1),
        toggle: true,
        indicator: 'check',
        selected: this.players.includes(id),
        chipColor: ACTOR_STYLE[id].color,
        chipText: ACTOR_STYLE[id].tag,
        fontSize: 17,
        description: actors[id].name,
        onActivate: () => this.toggle(id, buttons),
      });
      buttons.set(id, group.add(b));
    });
    y += 4 * (rowH + 8) + 4;
    this.counter = addWrappedText(this, left, y, '', colW, 'small');
    y += 52;

    // Seed.
    label(y, 'SEED CODE');
    y += 24;
    const seedRow = addSeedRow(this, group, { x: left, y, width: colW }, { value: seed, onChange: () => this.refresh() });
    this.seedField = seedRow.field;
    this.seedHelp = seedRow.help;
    y += 46 + 6;

    // Difficulty.
    y += 30;
    label(y, 'DIFFICULTY');
    y += 24;
    addDifficultyRow(this, group, { x: left, y, width: colW, gap, current: this.difficulty, onChoose: (d) => (this.difficulty = d) });

    // Right: how hot-seat works, and who plays what.
    this.buildPanel(header.barHeight + 16);

    // Back / Start.
    const bottom = 720 - 56 - 36;
    group.add(new Button(this, { x: left, y: bottom, width: 180, height: 56, label: 'Back', hint: '[Esc]', onActivate: back }));
    // A start link for the same players, seed and difficulty (role=serbia,kosovo,…), for a class.
    addStartLinkButton(
      this,
      group,
      { x: left + 180 + 16, y: bottom, statusRight: GAME_WIDTH - 48 - 300 - 16 },
      {
        description: 'a link that opens this hot-seat game with the same players, seed and difficulty',
        done: 'Start link copied. It opens this hot-seat game for anyone:',
        setup: () => hotseatSetup(this.players, this.seedField?.value ?? '', this.difficulty),
        who: (setup) => playerNames(setup.players ?? []),
      },
    );
    this.startButton = group.add(
      new Button(this, {
        x: GAME_WIDTH - 48 - 300,
        y: bottom,
        width: 300,
        height: 56,
        label: 'Start',
        variant: 'primary',
        onActivate: () => this.start(),
      }),
    );
    this.refresh();
    group.focusFirst(buttons.get(this.players[0] ?? 'serbia'));
    addKeyHelp(this, 'Tab or arrow keys: move · Enter or Space: choose · 1–8: add or remove a player · L: copy a start link · Esc: back');

    announceScene(
      'HotseatSetup',
      `New game for several players at one screen (hot-seat). Press each role a person will play, ${MIN_PLAYERS} to ${MAX_PLAYERS}: ${ACTOR_IDS.map((id, i) => `key ${i + 1}, ${actors[id].short}`).join('; ')}. The others are played by the computer. Then a seed code, a difficulty, and Start. ${this.counterText()}`,
    );
  }

  private buildPanel(top: number): void {
    const x = 720;
    const w = GAME_WIDTH - x - 48;
    const h = 720 - 56 - 40 - 20 - top;
    const panel = new Panel(this, { x, y: top, width: w, height: h, title: 'Hot-seat: several players, one screen' });
    const inner = panel.inner;
    let ty = inner.y + 2;
    for (const p of HOW_IT_WORKS) {
      const t = addWrappedText(this, inner.x, ty, p, inner.width, 'tiny', { color: css(COLORS.text) });
      panel.add(t);
      ty += t.height + 8;
    }
    ty += 6;
    panel.add(this.add.text(inner.x, ty, 'WHO PLAYS', textStyle('label')));
    ty += 26;
    const rowH = Math.min(27, Math.floor((inner.y + inner.height - ty) / ACTOR_IDS.length));
    for (const id of ACTOR_IDS) {
      const chip = new Chip(this, { x: inner.x, y: ty, text: ACTOR_STYLE[id].tag, color: ACTOR_STYLE[id].color, minWidth: 52 });
      const name = this.add.text(inner.x + 62, ty - 1, actors[id].short, textStyle('small'));
      fitTextWidth(name, inner.width - 62 - 120);
      const status = this.add.text(inner.x + inner.width, ty - 1, '', textStyle('small')).setOrigin(1, 0);
      this.statusTexts.set(id, status);
      panel.add([chip, name, status]);
      ty += rowH;
    }
  }

  private toggle(id: ActorId, buttons: Map<ActorId, Button>): void {
    const on = !this.players.includes(id);
    this.players = orderPlayers(on ? [...this.players, id] : this.players.filter((p) => p !== id));
    buttons.get(id)?.setSelected(on);
    this.refresh();
    announce(`${actors[id].short} ${on ? 'is played by a person' : 'is played by the computer'}. ${this.counterText()}`);
  }

  /** "3 players: Serbia, Kosovo, KFOR. The other 5 are played by the computer." (with a "!" while fewer than two). */
  private counterText(): string {
    const n = this.players.length;
    if (n === 0) return `! No players yet: choose ${MIN_PLAYERS} to ${MAX_PLAYERS} roles (keys 1–8).`;
    const who = `${n} ${n === 1 ? 'player' : 'players'}: ${this.players.map((p) => actors[p].short).join(', ')}`;
    if (n < MIN_PLAYERS) return `! ${who}. Choose at least ${MIN_PLAYERS - n} more.`;
    const ai = ACTOR_IDS.length - n;
    return `${who}. ${ai === 0 ? 'Every actor is played by a person.' : `The other ${ai} ${ai === 1 ? 'is' : 'are'} played by the computer.`}`;
  }

  private refresh(): void {
    const seed = this.seedField?.value ?? '';
    const setup = hotseatSetup(this.players, seed.trim(), this.difficulty);
    const problem = validateSetup(setup);
    this.startButton?.setDisabled(problem !== null);
    const playersWrong = playersProblem(this.players);
    this.counter?.setText(this.counterText());
    this.counter?.setColor(css(playersWrong ? COLORS.warn : COLORS.text));
    this.counter?.setFontStyle(playersWrong ? 'bold' : 'normal');
    // The seed's problem (empty, too long) shows under the field: words and a "!" as well as colour.
    const seedWrong = playersWrong ? validateSetup(hotseatSetup(['serbia', 'kosovo'], seed.trim(), this.difficulty)) : problem;
    this.seedHelp?.setText(seedWrong ? `! ${seedWrong}` : SEED_HELP);
    this.seedHelp?.setColor(css(seedWrong ? COLORS.warn : COLORS.textMuted));
    this.seedHelp?.setFontStyle(seedWrong ? 'bold' : 'normal');
    for (const [id, t] of this.statusTexts) {
      const i = this.players.indexOf(id);
      t.setText(i >= 0 ? `player ${i + 1}` : 'computer');
      t.setColor(css(i >= 0 ? COLORS.text : COLORS.textDim));
      t.setFontStyle(i >= 0 ? 'bold' : 'normal');
    }
  }

  private start(): void {
    const setup = hotseatSetup(this.players, this.seedField?.value ?? '', this.difficulty);
    const problem = validateSetup({ ...setup, seed: setup.seed.trim() });
    if (problem) {
      announce(problem);
      return;
    }
    announce(`Starting a hot-seat game for ${playerNames(setup.players ?? [])}.`);
    clearBranchOrigin();
    startGame(setup, this);
  }
}
