import * as Phaser from 'phaser';
import type { SaveFile } from '../sim/save';
import type { MessageRef, Scenario } from '../sim/types';
import { actorName } from '../text/describe';
import { fallbackDateTime, platformSpeaks } from '../text/intl-fallback';
import { intlLocale } from '../text/lists';
import type { Messages } from '../text/messages';
import { announce, announceScene } from '../ui/announcer';
import { playSession } from '../ui/branch';
import { openDialog } from '../ui/dialog';
import { downloadText, safeFileName } from '../ui/download';
import { messages } from '../ui/i18n';
import { openScene } from '../ui/lazy-scenes';
import { deleteSave, listSaves, resumeSave, type SaveEntry } from '../ui/saves';
import { scenarioById } from '../ui/scenario-source';
import { playerList } from '../ui/session';
import { clipUserText, fitOrClip } from '../ui/text-fit';
import { actorColor, actorTag, COLORS, css, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, Chip, type Focusable, FocusGroup, HeaderBar, Panel } from '../ui/widgets';

const PER_PAGE = 6;
const ROW_H = 78;
const ROW_GAP = 10;

interface SavedGamesData {
  page?: number;
  /** A message for the notice line (e.g. after a deletion); the default explains where games are saved. */
  notice?: MessageRef;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The lower-case name of a difficulty, as a message to nest. */
const difficultyRef = (difficulty: string): MessageRef => ({ key: 'difficulty.lower', params: { difficulty } });

/** The scenario of a save, when this version has it (for its actors' names and colours). */
const scenarioOf = (id: string): Scenario | undefined => scenarioById(id);

function isActor(scenario: Scenario | undefined, v: string): boolean {
  return !!scenario?.actorIds.includes(v);
}

/** The messages of a save's scenario (the game's own only, when this version lacks it). */
const messagesOf = (scenarioId: string): Messages => messages(scenarioOf(scenarioId) ?? null);

/** A role or hot-seat slot ("serbia+kosovo+kfor") in words; an unknown id is shown as it is. */
function roleLabel(m: Messages, scenario: Scenario | undefined, role: string): string {
  if (role.includes('+')) {
    const ids = role.split('+');
    return m.t('saves.role.hotseat', { players: ids.every((r) => isActor(scenario, r)) ? playerList(m, ids) : ids.join(', ') });
  }
  return isActor(scenario, role) ? actorName(m, role) : m.t('saves.role.watch');
}

/** Who plays a saved game: the role, or every hot-seat player. */
function whoLabel(file: SaveFile): string {
  const id = file.state.scenario.id;
  return roleLabel(messagesOf(id), scenarioOf(id), file.players ? file.players.join('+') : file.role);
}

/** "2 Dec 2026, 13:45": the platform's date in the reader's language (English reads day-month-year). */
function savedAtText(m: Messages, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return m.t('saves.date-unknown');
  if (!platformSpeaks(m.locale)) return fallbackDateTime(m.locale, d);
  return d.toLocaleString(intlLocale(m.locale), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** "KFOR · seed X · normal · north-2023" from a slot key, for saves that cannot be read. */
function slotText(m: Messages, key: string): string {
  const parts = key.replace(/^flashpoint:save:/, '').split(':');
  const [scenario, role, difficulty, ...seed] = parts;
  if (!scenario || !role || !difficulty) return m.t('saves.slot.unknown', { key: clip(key, 60) });
  return m.t('saves.slot', {
    who: roleLabel(messagesOf(scenario), scenarioOf(scenario), role),
    seed: clip(seed.join(':'), 28),
    difficulty: difficultyRef(difficulty),
    scenario,
  });
}

function describeSave(m: Messages, file: SaveFile): { title: string; line: string; spoken: string; progress: string } {
  const sc = scenarioOf(file.state.scenario.id);
  const sm = sc ? messages(sc) : m;
  const last = sc?.lastTurn ?? 20;
  const turn = Math.min(Math.max(1, file.state.turn), last);
  const over = file.state.phase === 'over';
  const progress = over ? m.t('saves.progress.over', { turn: file.state.turn }) : m.t('saves.progress.turn', { turn, last });
  const who = whoLabel(file);
  const facts = {
    scenario: sc ? sm.t('scenario.title') : file.state.scenario.id,
    progress,
    difficulty: difficultyRef(file.difficulty),
    savedAt: savedAtText(m, file.savedAt),
  };
  const outcome = over && file.state.outcome ? sm.t(`outcome.short.${file.state.outcome}`) : '';
  return {
    title: m.t('saves.row.title', { who, seed: clip(file.state.seed, 44) }),
    line: outcome ? m.t('saves.row.line-over', { ...facts, outcome }) : m.t('saves.row.line', facts),
    progress,
    spoken: m.t('saves.row.spoken', { who, seed: file.state.seed, progress, difficulty: facts.difficulty, savedAt: facts.savedAt }),
  };
}

/** Every saved game in this browser: continue, delete (with a confirmation), or download a damaged one. */
export class SavedGames extends Phaser.Scene {
  private page = 0;
  private notice: MessageRef = { key: 'saves.notice.default' };

  constructor() {
    super('SavedGames');
  }

  init(data: SavedGamesData): void {
    this.page = data?.page ?? 0;
    this.notice = data?.notice ?? { key: 'saves.notice.default' };
    // Phaser keeps the last start data for a later start without data: forget it once read.
    this.sys.settings.data = {};
  }

  create(): void {
    const m = messages();
    addBackdrop(this);
    const saves = listSaves();
    const bad = saves.filter((s) => !s.ok).length;
    const header = new HeaderBar(this, {
      title: m.t('saves.title'),
      right: saves.length ? m.t('saves.header.count', { count: saves.length, bad }) : m.t('saves.header.none'),
    });
    const back = () => this.scene.start('Title');
    const group = new FocusGroup(this, { onEscape: back });

    const pages = Math.max(1, Math.ceil(saves.length / PER_PAGE));
    this.page = Phaser.Math.Clamp(this.page, 0, pages - 1);
    const shown = saves.slice(this.page * PER_PAGE, this.page * PER_PAGE + PER_PAGE);
    const top = header.barHeight + SPACE.md;
    const x = 32;
    const w = GAME_WIDTH - 64;
    let first: Focusable | undefined;

    if (!saves.length) {
      const p = new Panel(this, { x: 240, y: 200, width: 800, height: 190, title: m.t('saves.empty.title') });
      p.add(this.add.text(p.inner.x, p.inner.y + 4, m.t('saves.empty.text'), textStyle('body', { wrap: p.inner.width })));
      first = group.add(
        new Button(this, {
          x: 240 + 800 - 260 - SPACE.md,
          y: 200 + 190 - 52 - SPACE.md,
          width: 260,
          height: 52,
          label: m.t('title.new-game'),
          hotkey: 'n',
          variant: 'primary',
          onActivate: () => openScene(this, 'Setup'),
        }),
      );
    }

    shown.forEach((entry, i) => {
      const y = top + i * (ROW_H + ROW_GAP);
      const f = this.addRow(m, group, entry, x, y, w);
      first ??= f;
    });

    // Bottom row: Back, pages, and the notice line.
    const by = 720 - 30 - 52;
    group.add(new Button(this, { x, y: by, width: 180, height: 52, label: m.t('menu.back'), hint: '[Esc]', onActivate: back }));
    if (pages > 1) {
      const prev = group.add(
        new Button(this, {
          x: GAME_WIDTH - 32 - 2 * 200 - 12,
          y: by,
          width: 200,
          height: 52,
          label: m.t('saves.page.previous'),
          hotkey: 'p',
          disabled: this.page === 0,
          onActivate: () => this.scene.restart({ page: this.page - 1 }),
        }),
      );
      group.add(
        new Button(this, {
          x: GAME_WIDTH - 32 - 200,
          y: by,
          width: 200,
          height: 52,
          label: m.t('saves.page.next'),
          hotkey: 'n',
          disabled: this.page >= pages - 1,
          onActivate: () => this.scene.restart({ page: this.page + 1 }),
        }),
      );
      this.add
        .text(
          prev.x - SPACE.md,
          by + 26,
          m.t('saves.page.of', { page: this.page + 1, pages }),
          textStyle('small', { color: css(COLORS.textMuted) }),
        )
        .setOrigin(1, 0.5);
    }
    // The notice line sits between the list and the buttons.
    const notice = m.ref(this.notice);
    const noticeText = this.add.text(x, by - 26, notice, textStyle('small', { color: css(COLORS.textMuted) })).setOrigin(0, 0.5);
    fitOrClip(noticeText, w);
    this.noticeText = noticeText;

    group.focusFirst(first);
    addKeyHelp(this, m.t('saves.keys'));
    const list = shown
      .map((e, i) =>
        m.t('saves.spoken.item', {
          n: this.page * PER_PAGE + i + 1,
          text: e.ok ? describeSave(m, e.file).spoken : m.t('saves.spoken.damaged', { slot: slotText(m, e.key), problem: e.problem }),
        }),
      )
      .join(' ');
    announceScene(
      'SavedGames',
      saves.length
        ? m.t('saves.announce', { count: saves.length, page: this.page + 1, pages, list, notice })
        : m.t('saves.announce.none', { notice }),
    );
  }

  private noticeText: Phaser.GameObjects.Text | null = null;

  private setNotice(text: string, warn = false): void {
    this.noticeText?.setText(text).setColor(css(warn ? COLORS.warn : COLORS.textMuted));
    if (this.noticeText) fitOrClip(this.noticeText, GAME_WIDTH - 64);
    announce(text);
  }

  private addRow(m: Messages, group: FocusGroup, entry: SaveEntry, x: number, y: number, w: number): Focusable {
    const bw = 170;
    const dw = 130;
    const textW = w - bw - dw - SPACE.md * 4 - 16;
    if (entry.ok) {
      const { title, line, spoken, progress } = describeSave(m, entry.file);
      const role = entry.file.role;
      const scenario = scenarioOf(entry.file.state.scenario.id);
      const sm = messagesOf(entry.file.state.scenario.id);
      const hotseat = Boolean(entry.file.players);
      const actor = scenario && isActor(scenario, role) ? scenario : null;
      const color = hotseat ? COLORS.info : actor ? actorColor(actor, role) : COLORS.textDim;
      const panel = new Panel(this, { x, y, width: w, height: ROW_H, accent: color });
      const chip = new Chip(this, {
        x: 22,
        y: 12,
        text: hotseat
          ? m.t('saves.chip.players', { count: entry.file.players?.length ?? 0 })
          : actor
            ? actorTag(sm, role)
            : m.t('saves.chip.watch'),
        color,
        minWidth: 52,
      });
      const t = this.add.text(22 + chip.chipWidth + SPACE.sm, 9, title, textStyle('h3'));
      // Title and line hold the seed and the team name, which players choose.
      clipUserText(t, textW - chip.chipWidth - SPACE.sm);
      const l = this.add.text(22, 44, line, textStyle('small', { color: css(COLORS.textMuted) }));
      clipUserText(l, textW);
      panel.add([chip, t, l]);
      const cont = group.add(
        new Button(this, {
          x: x + w - bw - dw - SPACE.md - SPACE.sm,
          y: y + (ROW_H - 50) / 2,
          width: bw,
          height: 50,
          label: m.t('saves.continue'),
          variant: 'primary',
          description: spoken,
          onActivate: () => this.resume(entry.file),
        }),
      );
      group.add(
        new Button(this, {
          x: x + w - dw - SPACE.md,
          y: y + (ROW_H - 50) / 2,
          width: dw,
          height: 50,
          label: m.t('saves.delete'),
          description: spoken,
          onActivate: () =>
            this.confirmDelete(
              m,
              group,
              entry.key,
              m.t('saves.delete.text', { who: whoLabel(entry.file), seed: clip(entry.file.state.seed, 60), progress }),
            ),
        }),
      );
      return cont;
    }
    const slot = slotText(m, entry.key);
    const panel = new Panel(this, { x, y, width: w, height: ROW_H, accent: COLORS.warn });
    const chip = new Chip(this, { x: 22, y: 12, text: m.t('saves.chip.damaged'), color: COLORS.warn });
    const t = this.add.text(22 + chip.chipWidth + SPACE.sm, 9, m.t('saves.damaged.title', { slot }), textStyle('h3'));
    fitOrClip(t, textW - chip.chipWidth - SPACE.sm);
    // The problem comes from the save reader as a phrase; shown here as a sentence of its own.
    const problem = `${entry.problem[0]?.toUpperCase() ?? ''}${entry.problem.slice(1)}`;
    const l = this.add.text(22, 44, m.t('saves.damaged.problem', { problem }), textStyle('small', { color: css(COLORS.text) }));
    clipUserText(l, textW);
    panel.add([chip, t, l]);
    const dl = group.add(
      new Button(this, {
        x: x + w - bw - dw - SPACE.md - SPACE.sm,
        y: y + (ROW_H - 50) / 2,
        width: bw,
        height: 50,
        label: m.t('saves.download'),
        description: m.t('saves.download.description', { problem: entry.problem }),
        onActivate: () => {
          // not-text: a file name
          downloadText(safeFileName(`flashpoint-save-${entry.key.replace(/^flashpoint:save:/, '')}.json`), entry.text, 'application/json');
          this.setNotice(m.t('saves.notice.downloaded'));
        },
      }),
    );
    group.add(
      new Button(this, {
        x: x + w - dw - SPACE.md,
        y: y + (ROW_H - 50) / 2,
        width: dw,
        height: 50,
        label: m.t('saves.delete'),
        description: m.t('saves.delete.damaged-description', { slot }),
        onActivate: () => this.confirmDelete(m, group, entry.key, m.t('saves.delete.damaged-text', { slot })),
      }),
    );
    return dl;
  }

  private resume(file: SaveFile): void {
    const r = resumeSave(file);
    if (!r.ok) {
      this.setNotice(messages().t('saves.notice.problem', { problem: r.error }), true);
      return;
    }
    playSession(this, r.value);
  }

  private confirmDelete(m: Messages, group: FocusGroup, key: string, text: string): void {
    openDialog(this, group, {
      title: m.t('saves.delete.title'),
      lines: [{ text }],
      width: 720,
      buttons: [
        {
          label: m.t('saves.delete'),
          hotkey: 'd',
          variant: 'primary',
          onActivate: () => {
            deleteSave(key);
            this.scene.restart({ page: this.page, notice: { key: 'saves.notice.deleted' } });
          },
        },
        { label: m.t('saves.delete.keep'), hint: m.t('common.key.esc') },
      ],
      focus: 1,
    });
  }
}
