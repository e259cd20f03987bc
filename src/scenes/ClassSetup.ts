import * as Phaser from 'phaser';
import type { ClassSetup as ClassGameSetup } from '../class/class-game';
import { TEAM_MAX } from '../class/class-game';
import { type ActorId, type Difficulty, FULL_LENGTH, type LengthId, type Scenario } from '../sim/types';
import { actorName } from '../text/describe';
import type { Messages } from '../text/messages';
import { announce, announceScene } from '../ui/announcer';
import { createClassGame, failureCode, TIMER_MINUTES } from '../ui/class-teacher';
import { messages } from '../ui/i18n';
import { openScene } from '../ui/lazy-scenes';
import { defaultScenario, scenarioById, scenarioIds } from '../ui/scenario-source';
import { playableActors, randomSeedCode, scenarioSpan } from '../ui/session';
import { actorColor, actorTag, COLORS, css, GAME_WIDTH, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, addWrappedText, Button, FocusGroup, HeaderBar, type TextField } from '../ui/widgets';
import { addDifficultyRow, addLengthRow, addSeedRow } from './components/SeedAndDifficulty';

// The teacher sets up a class game: the scenario, the seed code, the
// difficulty, the game's length, which roles the students play (the computer
// plays the others) and an optional turn timer. "Create" makes the game on
// this page's class server and opens the dashboard.

function scenarioLabel(m: Messages, scenario: Scenario): string {
  return m.t('setup.scenario', { title: m.t('scenario.title'), span: scenarioSpan(m, scenario) });
}

export class ClassSetup extends Phaser.Scene {
  private scenario: Scenario | null = null;
  private seed = '';
  private difficulty: Difficulty = 'normal';
  private length: LengthId = FULL_LENGTH;
  private students: ActorId[] = [];
  private timer: number = TIMER_MINUTES[0];
  private busy = false;

  constructor() {
    super('ClassSetup');
  }

  create(): void {
    const scenario = this.scenario ?? defaultScenario();
    if (this.scenario === null || this.students.length === 0) this.students = [...playableActors(scenario)];
    this.scenario = scenario;
    this.seed ||= randomSeedCode();
    this.busy = false;
    const m = messages(scenario);
    addBackdrop(this);
    const header = new HeaderBar(this, { title: m.t('teacher.setup.title'), right: m.t('teacher.setup.header') });
    const back = () => this.scene.start('Title');
    const group = new FocusGroup(this, { onEscape: back });
    const left = 48;
    const colW = 620;
    const gap = 14;
    const label = (x: number, y: number, text: string) => this.add.text(x, y, text, textStyle('label'));

    // Scenario: one button per scenario of this build.
    let y = header.barHeight + 14;
    label(left, y, m.t('teacher.setup.label.scenario'));
    y += 24;
    const ids = scenarioIds();
    const sw = (colW - (ids.length - 1) * gap) / Math.max(1, ids.length);
    ids.forEach((id, i) => {
      const sc = scenarioById(id);
      if (!sc) return;
      group.add(
        new Button(this, {
          x: left + i * (sw + gap),
          y,
          width: sw,
          height: 46,
          label: scenarioLabel(messages(sc), sc),
          toggle: true,
          selected: sc.id === scenario.id,
          fontSize: 16,
          onActivate: () => this.chooseScenario(sc),
        }),
      );
    });

    // Seed and difficulty, as on the single-player setup.
    y += 46 + 16;
    label(left, y, m.t('setup.label.seed'));
    y += 24;
    const seedRow = addSeedRow(
      this,
      group,
      { x: left, y, width: colW, randomWidth: 140, helpWidth: colW },
      { value: this.seed, onChange: () => undefined },
    );
    this.seedField = seedRow.field;
    y += 46 + 6 + seedRow.help.height + 16;
    label(left, y, m.t('setup.label.difficulty'));
    y += 24;
    addDifficultyRow(this, group, { x: left, y, width: colW, gap, current: this.difficulty, onChoose: (d) => (this.difficulty = d) });
    y += 46 + 6 + 40;
    addLengthRow(this, group, { x: left, y, width: colW, gap, scenario, current: this.length, onChoose: (l) => (this.length = l) });

    // Right: the students' roles and the timer.
    const rx = 712;
    const rw = GAME_WIDTH - rx - 48;
    y = header.barHeight + 14;
    label(rx, y, m.t('teacher.setup.label.students'));
    y += 24;
    const bw = (rw - gap) / 2;
    const roleH = 40;
    const count = addWrappedText(this, rx, 0, '', rw, 'tiny');
    const showCount = () => count.setText(m.t('teacher.setup.count', { students: this.students.length, max: TEAM_MAX }));
    scenario.actorIds.forEach((actor, i) => {
      const on = () => this.students.includes(actor);
      const b: Button = group.add(
        new Button(this, {
          x: rx + (i % 2) * (bw + gap),
          y: y + Math.floor(i / 2) * (roleH + 8),
          width: bw,
          height: roleH,
          label: actorName(m, actor),
          toggle: true,
          indicator: 'check',
          selected: on(),
          fontSize: 16,
          chipColor: actorColor(scenario, actor),
          chipText: actorTag(m, actor),
          description: m.t('teacher.setup.role.description', { on: on() ? 'yes' : 'no' }),
          onActivate: () => {
            this.students = on()
              ? this.students.filter((a) => a !== actor)
              : scenario.actorIds.filter((a) => a === actor || this.students.includes(a));
            b.setSelected(on());
            showCount();
            this.refreshCreate();
            announce(m.t('teacher.setup.role.announce', { role: actorName(m, actor), on: on() ? 'yes' : 'no' }));
          },
        }),
      );
    });
    y += Math.ceil(scenario.actorIds.length / 2) * (roleH + 8);
    count.setY(y);
    showCount();
    y += 44;

    label(rx, y, m.t('teacher.setup.label.timer'));
    y += 24;
    const tw = (rw - (TIMER_MINUTES.length - 1) * gap) / TIMER_MINUTES.length;
    const timerHelp = addWrappedText(this, rx, y + 46 + 6, m.t('teacher.setup.timer.help', { minutes: this.timer }), rw, 'tiny');
    const timerButtons: Button[] = [];
    TIMER_MINUTES.forEach((minutes, i) => {
      timerButtons.push(
        group.add(
          new Button(this, {
            x: rx + i * (tw + gap),
            y,
            width: tw,
            height: 46,
            label: m.t('teacher.setup.timer', { minutes }),
            toggle: true,
            selected: minutes === this.timer,
            fontSize: 15,
            onActivate: () => {
              this.timer = minutes;
              timerButtons.forEach((b, j) => b.setSelected(TIMER_MINUTES[j] === minutes));
              timerHelp.setText(m.t('teacher.setup.timer.help', { minutes }));
              announce(m.t('teacher.setup.timer.announce', { timer: m.t('teacher.setup.timer', { minutes }) }));
            },
          }),
        ),
      );
    });

    // Back / Create, and a line for what went wrong.
    const bottom = 720 - 56 - 36;
    group.add(new Button(this, { x: left, y: bottom, width: 180, height: 56, label: m.t('menu.back'), hint: '[Esc]', onActivate: back }));
    this.status = addWrappedText(this, left + 200, bottom + 28, '', GAME_WIDTH - 48 - 340 - left - 216, 'tiny').setOrigin(0, 0.5);
    this.status.setColor(css(COLORS.warn));
    this.createButton = group.add(
      new Button(this, {
        x: GAME_WIDTH - 48 - 340,
        y: bottom,
        width: 340,
        height: 56,
        label: m.t('teacher.setup.create'),
        variant: 'primary',
        onActivate: () => void this.createGame(),
      }),
    );
    this.refreshCreate();
    group.focusFirst(this.createButton);
    addKeyHelp(this, m.t('teacher.setup.keys'));
    announceScene('ClassSetup', m.t('teacher.setup.announce', { create: m.t('teacher.setup.create') }));
  }

  private seedField: TextField | null = null;
  private createButton: Button | null = null;
  private status: Phaser.GameObjects.Text | null = null;

  private chooseScenario(sc: Scenario): void {
    if (sc.id === this.scenario?.id) return;
    this.seed = this.seedField?.value ?? this.seed;
    this.scenario = sc;
    this.students = [];
    this.length = FULL_LENGTH;
    announce(messages(sc).t('teacher.setup.scenario.announce', { scenario: messages(sc).t('scenario.name') }));
    this.scene.restart();
  }

  private refreshCreate(): void {
    this.createButton?.setDisabled(this.busy || this.students.length === 0);
  }

  private async createGame(): Promise<void> {
    const scenario = this.scenario;
    if (this.busy || !scenario || this.students.length === 0) return;
    const m = messages(scenario);
    this.seed = (this.seedField?.value ?? '').trim() || randomSeedCode();
    const setup: ClassGameSetup = {
      scenario: scenario.id,
      seed: this.seed,
      difficulty: this.difficulty,
      students: [...this.students],
      timerSeconds: this.timer * 60,
      ...(this.length !== FULL_LENGTH ? { length: this.length } : {}),
    };
    this.busy = true;
    this.refreshCreate();
    this.status?.setText(m.t('teacher.setup.creating')).setColor(css(COLORS.textMuted));
    announce(m.t('teacher.setup.creating'));
    try {
      await createClassGame(setup);
      if (this.sys.isActive()) openScene(this, 'ClassDashboard');
    } catch (e) {
      if (!this.sys.isActive()) return;
      this.busy = false;
      this.refreshCreate();
      const text = m.t('teacher.failed', { problem: m.t(`teacher.problem.${failureCode(e)}`) });
      this.status?.setText(text).setColor(css(COLORS.warn));
      announce(text);
    }
  }
}
