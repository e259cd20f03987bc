import * as Phaser from 'phaser';
import { TEAM_MAX } from '../class/class-game';
import { ClassConnection, ClassJoinError } from '../net/class-client';
import { actorName } from '../text/describe';
import { announce, announceScene } from '../ui/announcer';
import { classServerAddress, exposeTexts, normaliseJoinCode, storedToken, storeToken, usePortraitSize } from '../ui/class-student';
import { messages } from '../ui/i18n';
import { loadScenario, scenarioById } from '../ui/scenario-source';
import { SCENE } from '../ui/scene-keys';
import { actorColor, COLORS, css, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, Button, FocusGroup, TextField } from '../ui/widgets';

const NAME_KEY = 'flashpoint.class.name';

export interface ClassJoinData {
  /** The code from a join link (?join=CODE). */
  code?: string;
}

/**
 * A student joins a class game: the code (from the link or typed) and a
 * name, then a role with room in its team (or the one the teacher gave).
 * A device that joined this code before rejoins its seat with its token and
 * goes straight back to its game.
 */
export class ClassJoin extends Phaser.Scene {
  private connection: ClassConnection | null = null;
  private group: FocusGroup | null = null;
  private status: Phaser.GameObjects.Text | null = null;
  private busy = false;
  private unsubscribe: (() => void) | null = null;
  private handedOn = false;
  private choosing: string | null = null;
  private fields: TextField[] = [];

  constructor() {
    super(SCENE.ClassJoin);
  }

  create(data: ClassJoinData): void {
    this.connection = null;
    this.group = null;
    this.busy = false;
    this.handedOn = false;
    this.choosing = null;
    this.fields = [];
    const portrait = usePortraitSize(this);
    exposeTexts(this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.dropFields();
      this.unsubscribe?.();
      this.unsubscribe = null;
      // Leaving without a game (Back): the connection goes too.
      if (!this.handedOn) void this.connection?.leave();
    });
    const code = normaliseJoinCode(data.code ?? '');
    this.drawEntry(code, portrait);
    if (code && storedToken(code)) void this.join(code, '');
  }

  private get w(): number {
    return this.scale.width;
  }

  /** The code and name fields. */
  private drawEntry(code: string, portrait: boolean): void {
    const m = messages();
    addBackdrop(this);
    const pad = portrait ? SPACE.md : 240;
    const width = this.w - pad * 2;
    let y = portrait ? SPACE.lg : 80;
    const group = new FocusGroup(this, { onEscape: () => this.scene.start(SCENE.Title) });
    this.group = group;
    this.add.text(pad, y, m.t('class-student.join.title'), textStyle('h1'));
    y += 56;
    const intro = this.add.text(pad, y, m.t('class-student.join.intro'), textStyle('body', { wrap: width }));
    y += intro.height + SPACE.lg;
    this.add.text(pad, y, m.t('class-student.join.code'), textStyle('label'));
    y += 24;
    const codeField = group.add(
      new TextField(this, {
        x: pad,
        y,
        width,
        label: m.t('class-student.join.code'),
        value: code,
        maxLength: 20,
        placeholder: m.t('class-student.join.code.placeholder'),
        onSubmit: () => submit(),
      }),
    );
    codeField.element.autocapitalize = 'characters';
    codeField.element.inputMode = 'text';
    y += 48 + SPACE.md;
    this.add.text(pad, y, m.t('class-student.join.name'), textStyle('label'));
    y += 24;
    let savedName = '';
    try {
      savedName = localStorage.getItem(NAME_KEY) ?? '';
    } catch {
      savedName = '';
    }
    const nameField = group.add(
      new TextField(this, {
        x: pad,
        y,
        width,
        label: m.t('class-student.join.name'),
        value: savedName,
        maxLength: 40,
        placeholder: m.t('class-student.join.name.placeholder'),
        onSubmit: () => submit(),
      }),
    );
    this.fields = [codeField, nameField];
    y += 48 + SPACE.lg;
    const submit = () => {
      const c = normaliseJoinCode(codeField.value);
      codeField.setValue(c);
      void this.join(c, nameField.value.trim());
    };
    const bw = portrait ? width : 260;
    const join = group.add(
      new Button(this, {
        x: pad,
        y,
        width: bw,
        height: 52,
        label: m.t('class-student.join.button'),
        variant: 'primary',
        onActivate: submit,
      }),
    );
    const back = new Button(this, {
      x: portrait ? pad : pad + bw + SPACE.md,
      y: portrait ? y + 52 + SPACE.md : y,
      width: bw,
      height: 52,
      label: m.t('class-student.join.back'),
      hint: portrait ? '' : '[Esc]',
      onActivate: () => this.scene.start(SCENE.Title),
    });
    group.add(back);
    y += (portrait ? 2 : 1) * (52 + SPACE.md);
    this.status = this.add.text(pad, y, '', textStyle('body', { wrap: width, color: css(COLORS.warn) }));
    group.focusFirst(code ? (savedName ? join : nameField) : codeField);
    announceScene('ClassJoin', m.t('class-student.join.announce'));
  }

  private say(text: string, color: number = COLORS.warn): void {
    this.status?.setText(text).setColor(css(color));
    announce(text);
  }

  /** Joins (a stored token rejoins this device's seat), then opens the role choice or the game. */
  private async join(code: string, name: string): Promise<void> {
    if (this.busy) return;
    const m = messages();
    if (!code) return this.say(m.t('class-student.join.need-code'));
    const token = storedToken(code);
    if (!token && !name) return this.say(m.t('class-student.join.need-name'));
    this.busy = true;
    this.say(m.t(token ? 'class-student.join.rejoining' : 'class-student.join.joining', { code }), COLORS.textMuted);
    try {
      localStorage.setItem(NAME_KEY, name || (localStorage.getItem(NAME_KEY) ?? ''));
    } catch {
      // not kept: fine
    }
    let connection: ClassConnection;
    try {
      connection = await ClassConnection.join(classServerAddress(), code, token ? { token } : { name });
    } catch (e) {
      const why = e instanceof ClassJoinError ? e.code : 'unreachable';
      this.busy = false;
      if (why === 'bad-token') storeToken(code, null);
      // The refusal's code for tests and tools (the words are in the status line).
      document.body.dataset.classJoin = `refused:${why}`;
      if (this.scene.isActive()) this.say(m.t(`class-student.refused.${why}`));
      return;
    }
    if (!this.scene.isActive()) {
      void connection.leave();
      return;
    }
    this.connection = connection;
    if (connection.you?.token) storeToken(code, connection.you.token);
    const view = connection.view;
    if (view) await loadScenario(view.setup.scenario);
    this.busy = false;
    if (!this.scene.isActive()) return;
    const mine = this.myRole();
    // A device coming back to its seat (a reload, a sleeping phone) goes straight back to its game, as does a finished game.
    if ((token && mine) || view?.over) return this.handOn();
    this.unsubscribe = connection.subscribe(() => this.onUpdate());
    this.drawRoles();
  }

  private myRole(): string | null {
    const c = this.connection;
    const me = c?.you?.member;
    return c?.view?.roster.find((r) => r.id === me)?.role ?? null;
  }

  private onUpdate(): void {
    const c = this.connection;
    if (!c || this.handedOn) return;
    if (this.choosing !== null && this.myRole() === this.choosing) {
      this.handOn();
      return;
    }
    if (this.choosing !== null && c.lastRefusal) {
      const why = c.lastRefusal.code;
      c.lastRefusal = null;
      this.choosing = null;
      this.drawRoles();
      this.say(messages().t(`class-student.refused.${why}`));
      return;
    }
    if (this.choosing === null) this.drawRoles();
  }

  /** The fields' <input>s live in the page, outside the canvas: they go explicitly. */
  private dropFields(): void {
    for (const f of this.fields) {
      f.element.blur();
      f.dom.destroy();
      f.element.remove();
    }
    this.fields = [];
  }

  private handOn(): void {
    if (!this.connection) return;
    this.dropFields();
    this.handedOn = true;
    this.scene.start(SCENE.ClassStudent, { connection: this.connection });
  }

  /** The roles students play, with each team's size; the teacher's choice first when there is one. */
  private drawRoles(): void {
    const c = this.connection;
    const view = c?.view;
    if (!c || !view) return;
    const focused = this.group?.focused?.label ?? null;
    this.group?.destroy();
    this.dropFields();
    this.children.removeAll(true);
    const scenario = scenarioById(view.setup.scenario) ?? null;
    const m = messages(scenario);
    const portrait = this.scale.height > this.scale.width;
    addBackdrop(this);
    const pad = portrait ? SPACE.md : 240;
    const width = this.w - pad * 2;
    let y = portrait ? SPACE.lg : 60;
    const group = new FocusGroup(this, { onEscape: () => this.scene.start(SCENE.Title) });
    this.group = group;
    this.add.text(pad, y, m.t('class-student.role.title'), textStyle('h1'));
    y += 52;
    const intro = this.add.text(pad, y, m.t('class-student.role.intro', { max: TEAM_MAX }), textStyle('body', { wrap: width }));
    y += intro.height + SPACE.md;
    const mine = this.myRole();
    const buttons: Button[] = [];
    if (mine) {
      buttons.push(
        group.add(
          new Button(this, {
            x: pad,
            y,
            width,
            height: 52,
            variant: 'primary',
            label: m.t('class-student.role.keep', { role: actorName(m, mine) }),
            hint: '',
            onActivate: () => this.handOn(),
          }),
        ),
      );
      y += 52 + SPACE.md;
    }
    const rowH = 60;
    view.setup.students.forEach((role, i) => {
      const count = view.roster.filter((r) => r.role === role).length;
      const computer = view.aiRoles.includes(role);
      const full = count >= TEAM_MAX && role !== mine;
      const note = full
        ? m.t('class-student.role.full')
        : computer
          ? m.t('class-student.role.computer')
          : m.t('class-student.role.count', { count, max: TEAM_MAX });
      const b = group.add(
        new Button(this, {
          x: pad,
          y,
          width,
          height: rowH - SPACE.sm,
          label: actorName(m, role),
          ...(i < 9 ? { hotkey: String(i + 1) } : {}),
          ...(portrait ? { hint: '' } : {}),
          description: note,
          disabled: full,
          chipColor: scenario ? actorColor(scenario, role) : COLORS.panelBorder,
          chipText: m.t(`actor.${role}.tag`),
          align: 'left',
          toggle: true,
          selected: role === mine,
          onActivate: () => this.choose(role),
        }),
      );
      buttons.push(b);
      this.add.text(pad + width - (portrait ? SPACE.md : 56), y + (rowH - SPACE.sm) / 2, note, textStyle('tiny')).setOrigin(1, 0.5);
      y += rowH;
    });
    y += SPACE.sm;
    group.add(
      new Button(this, {
        x: pad,
        y,
        width: portrait ? width : 260,
        height: 48,
        label: m.t('class-student.join.back'),
        hint: portrait ? '' : '[Esc]',
        onActivate: () => this.scene.start(SCENE.Title),
      }),
    );
    y += 48 + SPACE.md;
    this.status = this.add.text(pad, y, '', textStyle('body', { wrap: width, color: css(COLORS.warn) }));
    const again = buttons.find((b) => b.label === focused);
    group.focusFirst(again ?? buttons[0]);
    exposeTexts(this);
    announceScene('ClassJoin', m.t('class-student.role.announce', { count: view.setup.students.length }));
  }

  private choose(role: string): void {
    const c = this.connection;
    if (!c) return;
    if (this.myRole() === role) {
      this.handOn();
      return;
    }
    this.choosing = role;
    c.lastRefusal = null;
    const m = messages(c.view ? (scenarioById(c.view.setup.scenario) ?? null) : null);
    this.say(m.t('class-student.role.choosing', { role: actorName(m, role) }), COLORS.textMuted);
    c.send('role', { role });
  }
}
