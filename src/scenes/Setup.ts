import * as Phaser from 'phaser';
import { lengthIds } from '../sim/lengths';
import { type Difficulty, FULL_LENGTH, type LengthId, type Scenario, type ScenarioCard } from '../sim/types';
import { actorFullName, actorName } from '../text/describe';
import type { Messages } from '../text/messages';
import { announce, announceScene } from '../ui/announcer';
import { clearBranchOrigin } from '../ui/branch';
import { messages } from '../ui/i18n';
import { openScene } from '../ui/lazy-scenes';
import { allCards, defaultScenario, scenarioById } from '../ui/scenario-source';
import {
  cleanSetup,
  currentSetup,
  type GameSetup,
  maxPlayers,
  playableActors,
  playerList,
  type Role,
  randomSeedCode,
  scenarioSpan,
  setupLength,
  startGame,
  validateSetup,
} from '../ui/session';
import { fitTextWidth, setTextBox } from '../ui/text-fit';
import { actorColor, actorTag, COLORS, css, FONT, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import {
  addBackdrop,
  addKeyHelp,
  addWrappedText,
  Button,
  Chip,
  FocusGroup,
  HeaderBar,
  Meter,
  Panel,
  ScrollText,
  type TextField,
} from '../ui/widgets';
import { addDifficultyRow, addLengthRow, addSeedRow, addStartLinkButton, addTeamField } from './components/SeedAndDifficulty';

/** "North 2023: mayors, buildings and barricades (April–June 2023)", from the scenario's card and its messages. */
function scenarioTitle(card: ScenarioCard): string {
  const m = messages(card);
  return m.t('setup.scenario', { title: m.t('scenario.title'), span: scenarioSpan(m, card) });
}

/** "North 2023 · April–June 2023": a scenario's short name and dates, for its button. */
function scenarioChoice(card: ScenarioCard): string {
  const m = messages(card);
  return m.t('setup.scenario.choice', { name: m.t('scenario.name'), span: scenarioSpan(m, card) });
}

/** What Setup is started with when a scenario is chosen (the screen is drawn again for its roles), or by the hot-seat screen's Back. */
export interface SetupData {
  scenarioId?: string;
  seed?: string;
  difficulty?: Difficulty;
  length?: LengthId;
  team?: string;
  /** Focus the chosen scenario's button (after choosing one) instead of the role. */
  focusScenario?: boolean;
}

function roleName(m: Messages, role: Role): string {
  return role === 'watch' ? m.t('setup.role.watch') : actorName(m, role);
}

/** New game: scenario, role, seed code, difficulty, then Start. */
export class Setup extends Phaser.Scene {
  private role: Role = 'watch';
  private difficulty: Difficulty = 'normal';
  private length: LengthId = FULL_LENGTH;
  /** The team or student name, cleaned ('' when none). */
  private team = '';
  /** The scenario of the game being set up (the last one chosen, else the default). */
  private scenario: Scenario | null = null;

  /** The choices carried over when the screen is drawn again for another scenario. */
  private carried: SetupData = {};

  constructor() {
    super('Setup');
  }

  init(data: SetupData): void {
    this.carried = data ?? {};
    // Phaser keeps the last start data for a later start without data: forget it once read.
    this.sys.settings.data = {};
  }

  create(): void {
    // Coming back from the briefing keeps the last choices; choosing another scenario keeps the seed, difficulty and team.
    const previous = currentSetup();
    const carried = this.carried;
    this.carried = {};
    const chosen = carried.scenarioId ? scenarioById(carried.scenarioId) : undefined;
    const scenario = chosen || (previous && scenarioById(previous.scenarioId)) || defaultScenario();
    this.scenario = scenario;
    const m = messages(scenario);
    const playable = playableActors(scenario);
    const samePrevious = previous?.scenarioId === scenario.id ? previous : null;
    // After a hot-seat game the first player may be an actor that is AI-only alone: start from the first playable role then.
    this.role = samePrevious && !samePrevious.players ? samePrevious.role : (playable[0] ?? 'watch');
    this.difficulty = carried.difficulty ?? previous?.difficulty ?? 'normal';
    // A length the other scenario has not falls back to the full game.
    const length = carried.length ?? (samePrevious ? setupLength(samePrevious) : FULL_LENGTH);
    this.length = lengthIds(scenario).includes(length) ? length : FULL_LENGTH;
    this.team = carried.team ?? previous?.team ?? '';
    this.rolePanelObj = null;
    addBackdrop(this);
    const header = new HeaderBar(this, { title: m.t('title.new-game'), right: m.t('setup.header') });
    const back = () => this.scene.start('Title');
    const group = new FocusGroup(this, { onEscape: back });
    this.group = group;

    const left = 48;
    const colW = 640;
    const label = (y: number, text: string) => this.add.text(left, y, text, textStyle('label'));

    // Scenario: every scenario of the registry, side by side (its short name and dates; the full title for screen readers).
    let y = header.barHeight + 16;
    label(y, m.t('setup.label.scenario'));
    y += 24;
    const cards = allCards();
    const gap = 14;
    const sw = (colW - gap * (cards.length - 1)) / Math.max(1, cards.length);
    let scenarioButton: Button | undefined;
    cards.forEach((card, i) => {
      const b = group.add(
        new Button(this, {
          x: left + i * (sw + gap),
          y,
          width: sw,
          height: 46,
          label: scenarioChoice(card),
          toggle: true,
          selected: card.id === scenario.id,
          fontSize: 17,
          description: scenarioTitle(card),
          onActivate: () => this.chooseScenario(card.id),
        }),
      );
      if (card.id === scenario.id) scenarioButton = b;
    });

    // Role: the playable actors and "watch", two columns.
    y += 46 + 16;
    label(y, m.t('setup.label.role'));
    y += 24;
    const roles: Role[] = [...playable, 'watch'];
    const roleButtons = new Map<Role, Button>();
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
        label: roleName(m, role),
        hotkey: String(i + 1),
        toggle: true,
        selected: role === this.role,
        chipColor: role === 'watch' ? COLORS.textDim : actorColor(scenario, role),
        chipText: role === 'watch' ? m.t('setup.chip.all') : actorTag(m, role),
        onActivate: () => this.chooseRole(role, roleButtons),
      });
      roleButtons.set(role, group.add(b));
    });
    y += Math.ceil(roles.length / 2) * (rowH + rowGap);
    // Several people at one screen: a screen of its own.
    group.add(
      new Button(this, {
        x: left,
        y,
        width: colW,
        height: rowH,
        label: m.t('setup.hotseat'),
        hotkey: '7',
        fontSize: 17,
        description: m.t('setup.hotseat.description', { max: maxPlayers(scenario) }),
        // The seed and difficulty chosen here come along.
        onActivate: () =>
          openScene(this, 'HotseatSetup', {
            scenarioId: scenario.id,
            seed: this.seedField?.value ?? '',
            difficulty: this.difficulty,
            length: this.length,
            team: this.team,
          }),
      }),
    );
    y += rowH + 14;

    // Seed, and beside it the team or student name (for the replay file's name).
    const seedW = 420;
    label(y, m.t('setup.label.seed'));
    y += 24;
    const seedRow = addSeedRow(
      this,
      group,
      { x: left, y, width: seedW, randomWidth: 120, helpWidth: seedW },
      { value: carried.seed ?? previous?.seed ?? randomSeedCode(), onChange: () => this.refreshStart() },
    );
    const field = seedRow.field;
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

    // Right: what the chosen role wants, and under it the game's length (when the scenario has more than one).
    const px = 720;
    const pw = GAME_WIDTH - px - 48;
    // The length's heading, its buttons and two lines of words about it.
    const lengthRoom = lengthIds(scenario).length > 1 ? 112 : 0;
    this.rolePanel = { x: px, y: header.barHeight + 16, w: pw, h: 720 - 56 - 40 - 20 - header.barHeight - 16 - lengthRoom };
    this.showRole();
    addLengthRow(this, group, {
      x: px,
      y: this.rolePanel.y + this.rolePanel.h + 14,
      width: pw,
      gap,
      scenario,
      current: this.length,
      onChoose: (l) => {
        this.length = l;
        this.refreshStart();
      },
    });

    // Start / Back.
    const bottom = 720 - 56 - 36;
    group.add(new Button(this, { x: left, y: bottom, width: 180, height: 56, label: m.t('menu.back'), hint: '[Esc]', onActivate: back }));
    // Copy a start link: the same scenario, role, seed and difficulty for a whole class.
    const link = addStartLinkButton(
      this,
      group,
      { x: left + 180 + 16, y: bottom, statusRight: GAME_WIDTH - 48 - 300 - 16 },
      {
        description: m.t('setup.start-link.description'),
        done: m.t('setup.start-link.done'),
        setup: () => this.setupFrom(field.value),
        who: (setup) => roleName(m, setup.role),
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
        label: m.t('setup.start'),
        variant: 'primary',
        onActivate: () => this.start(field.value),
      }),
    );
    this.seedField = field;
    this.refreshStart();
    group.focusFirst(carried.focusScenario ? scenarioButton : roleButtons.get(this.role));
    addKeyHelp(this, m.t('setup.keys', { roles: roles.length }));

    const intro = m.t('setup.announce', {
      title: m.t('title.new-game'),
      roles: playerList(m, playable),
      keys: roles.length,
      start: m.t('setup.start'),
    });
    // After choosing a scenario, say which one first (its roles have changed).
    announceScene(
      'Setup',
      carried.focusScenario ? m.t('setup.scenario.announce', { scenario: scenarioTitle(scenario), setup: intro }) : intro,
    );
  }

  /** Draws the screen again for another scenario (its roles, lengths and words), keeping the seed, difficulty and team. */
  private chooseScenario(id: string): void {
    if (id === this.current().id) {
      announce(
        this.messages()
          .t('setup.scenario.announce', { scenario: scenarioTitle(this.current()), setup: '' })
          .trim(),
      );
      return;
    }
    const data: SetupData = {
      scenarioId: id,
      seed: this.seedField?.value ?? '',
      difficulty: this.difficulty,
      length: this.length,
      team: this.team,
      focusScenario: true,
    };
    this.scene.restart(data);
  }

  private rolePanel = { x: 0, y: 0, w: 0, h: 0 };
  private linkButton: Button | null = null;
  private linkStatus: Phaser.GameObjects.Text | null = null;
  private rolePanelObj: Panel | null = null;
  private group: FocusGroup | null = null;
  private seedHelp: Phaser.GameObjects.Text | null = null;
  private startButton: Button | null = null;
  private seedField: TextField | null = null;

  private chooseRole(role: Role, buttons: Map<Role, Button>): void {
    this.role = role;
    for (const [r, b] of buttons) b.setSelected(r === role);
    this.showRole();
    const m = this.messages();
    announce(m.t('setup.role.announce', { role: roleName(m, role), view: this.viewOf(m, role) }));
  }

  /** The scenario being set up, and its messages in the reader's language. */
  private current(): Scenario {
    this.scenario ??= defaultScenario();
    return this.scenario;
  }

  private messages(): Messages {
    return messages(this.current());
  }

  /** What a role wants, in its own terms (or what watching is). */
  private viewOf(m: Messages, role: Role): string {
    return role === 'watch' ? m.t('setup.watch.view') : m.t(`actor.${role}.view`);
  }

  private showRole(): void {
    this.rolePanelObj?.destroy();
    const { x, y, w, h } = this.rolePanel;
    const role = this.role;
    const scenario = this.current();
    const m = this.messages();
    const panel = new Panel(this, {
      x,
      y,
      width: w,
      height: h,
      title: role === 'watch' ? m.t('setup.watch.title') : actorFullName(m, role),
      accent: role === 'watch' ? COLORS.textDim : actorColor(scenario, role),
      tag: role === 'watch' ? m.t('setup.chip.all') : actorTag(m, role),
    });
    const inner = panel.inner;
    const view = addWrappedText(this, inner.x, inner.y + 2, this.viewOf(m, role), inner.width, 'small');
    panel.add(view);
    const bottom = inner.y + inner.height;
    const profile = role === 'watch' ? undefined : scenario.actors[role];
    let ty = inner.y + 2 + view.height + 14;
    if (!profile) {
      panel.add(this.add.text(inner.x, ty, m.t('setup.label.actors'), textStyle('label')));
      ty += 28;
      for (const id of scenario.actorIds) {
        const chip = new Chip(this, { x: inner.x, y: ty, text: actorTag(m, id), color: actorColor(scenario, id), minWidth: 52 });
        const name = this.add.text(inner.x + 62, ty - 1, actorFullName(m, id), textStyle('small'));
        fitTextWidth(name, inner.width - 62, 12);
        panel.add([chip, name]);
        ty += 27;
      }
    } else {
      const success = this.add.text(inner.x, ty, m.t('setup.label.success'), textStyle('label'));
      panel.add(success);
      const meters: [string, number][] = [
        [m.t('setup.meter.support'), profile.start.support],
        [m.t('setup.meter.standing'), profile.start.standing],
        [m.t(`actor.${role}.meter`), profile.start.special],
      ];
      // Side by side when the labels fit at the smallest letters (each gets room in proportion to its
      // label); in long languages the third meter takes a row of its own, and the objectives give way.
      const probe = this.add.text(0, 0, '', textStyle('tiny')).setFontSize(12);
      const across = inner.width - 2 * 12;
      const twoRows = meters.reduce((sum, [name]) => sum + probe.setText(name).width + 36, 0) > across;
      probe.destroy();
      const meterBlock = twoRows ? 26 + 40 + 34 : 26 + 40;
      const objectives = profile.objectives.map((o) => m.t('setup.objective', { objective: m.t(`objective.${role}.${o.id}`) }));
      const list = addWrappedText(this, inner.x, ty, objectives.join('\n'), inner.width, 'small', { color: css(COLORS.text) });
      // The view and the objectives share the room above the starting position: both shrink together (to 12 px at least).
      const room = bottom - meterBlock - 8 - (inner.y + 2) - 14 - 24;
      for (let size = FONT.small; view.height + list.height > room && size > 12; size--) {
        for (const t of [view, list]) t.setFontSize(size).setLineSpacing(Math.round(size * 0.25));
      }
      ty = inner.y + 2 + view.height + 14;
      success.setY(ty);
      ty += 24;
      list.setY(ty);
      const listH = bottom - meterBlock - ty - 8;
      setTextBox(list, inner.width, listH);
      if (list.height > listH) {
        // Still too long at the smallest letters: the objectives scroll (wheel, or the arrow keys once focused).
        // The box and its focus ring (6 px outside it) stay between the heading above and the starting position below, not across them.
        list.destroy();
        const pad = SPACE.md;
        const scroll = new ScrollText(this, {
          x: inner.x - pad,
          y: ty,
          width: inner.width + pad * 2,
          height: bottom - meterBlock - 6 - ty,
          blocks: objectives.map((text) => ({ text, kind: 'tiny', gapBefore: 0 })),
          label: m.t('setup.label.success'),
          background: false,
        });
        panel.add(scroll);
        this.group?.add(scroll);
        scroll.once(Phaser.GameObjects.Events.DESTROY, () => this.group?.remove(scroll));
      } else panel.add(list);
      ty = bottom - meterBlock;
      panel.add(this.add.text(inner.x, ty, m.t('setup.label.start'), textStyle('label')));
      ty += 26;
      const row = (list: [string, number][], y: number) => {
        const probeRow = this.add.text(0, 0, '', textStyle('tiny'));
        const asks = list.map(([name]) => probeRow.setText(name).width + 50); // and the number beside it
        probeRow.destroy();
        const width = inner.width - (list.length - 1) * 12;
        const total = asks.reduce((a, b) => a + b, 0);
        let mx = inner.x;
        list.forEach(([name, value], i) => {
          const mw = total <= width ? width / list.length : Math.floor((width * (asks[i] ?? 0)) / total);
          panel.add(new Meter(this, { x: mx, y, width: mw, label: name, value, kind: 'tiny', barHeight: 8 }));
          mx += mw + 12;
        });
      };
      if (twoRows) {
        row(meters.slice(0, 2), ty);
        row(meters.slice(2), ty + 34);
      } else row(meters, ty);
    }
    this.rolePanelObj = panel;
  }

  private refreshStart(): void {
    const problem = validateSetup(this.setupFrom(this.seedField?.value ?? ''));
    this.startButton?.setDisabled(problem !== null);
    this.linkButton?.setDisabled(problem !== null);
    this.linkStatus?.setText('');
    // The hint under the field turns into the problem (words and a "!" as well as colour).
    const m = this.messages();
    this.seedHelp?.setText(problem ? m.t('setup.problem-line', { problem }) : m.t('seed.help'));
    this.seedHelp?.setColor(css(problem ? COLORS.warn : COLORS.textMuted));
    this.seedHelp?.setFontStyle(problem ? 'bold' : 'normal');
  }

  private setupFrom(seed: string): GameSetup {
    return cleanSetup({
      scenarioId: this.current().id,
      role: this.role,
      seed,
      difficulty: this.difficulty,
      length: this.length,
      team: this.team,
    });
  }

  private start(seed: string): void {
    const setup = this.setupFrom(seed);
    const problem = validateSetup({ ...setup, seed: seed.trim() });
    if (problem) {
      announce(this.messages().ref(problem));
      return;
    }
    // A new game is not a branch of a replay.
    clearBranchOrigin();
    startGame(setup, this);
  }
}
