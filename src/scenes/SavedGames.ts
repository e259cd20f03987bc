import * as Phaser from 'phaser';
import { findScenario } from '../scenarios';
import { actors } from '../scenarios/north-2023/actors';
import { outcomeHeadline } from '../sim/describe';
import type { SaveFile } from '../sim/save';
import { ACTOR_IDS, type ActorId } from '../sim/types';
import { announce, announceScene } from '../ui/announcer';
import { playSession } from '../ui/branch';
import { openDialog } from '../ui/dialog';
import { downloadText, safeFileName } from '../ui/download';
import { fitOrClip } from '../ui/fit';
import { openScene } from '../ui/lazy-scenes';
import { deleteSave, listSaves, resumeSave, type SaveEntry } from '../ui/saves';
import { ACTOR_STYLE, COLORS, css, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, Chip, type Focusable, FocusGroup, HeaderBar, Panel } from '../ui/widgets';

const PER_PAGE = 6;
const DEFAULT_NOTICE =
  'Games are saved after every turn, in this browser only. A save that cannot be read is never changed or removed unless you choose Delete.';
const ROW_H = 78;
const ROW_GAP = 10;

interface SavedGamesData {
  page?: number;
  notice?: string;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function isActor(v: string): v is ActorId {
  return (ACTOR_IDS as readonly string[]).includes(v);
}

function roleLabel(role: string): string {
  // A hot-seat slot names its players: "serbia+kosovo+kfor".
  if (role.includes('+'))
    return `Hot-seat: ${role
      .split('+')
      .map((r) => (isActor(r) ? actors[r].short : r))
      .join(', ')}`;
  return isActor(role) ? actors[role].short : 'Watching (all AI)';
}

/** Who plays a saved game: the role, or every hot-seat player. */
function whoLabel(file: SaveFile): string {
  return file.players ? roleLabel(file.players.join('+')) : roleLabel(file.role);
}

function savedAtText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'date unknown';
  return d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** "north-2023 · kfor · normal · seed X" from a slot key, for saves that cannot be read. */
function slotText(key: string): string {
  const parts = key.replace(/^flashpoint:save:/, '').split(':');
  const [scenario, role, difficulty, ...seed] = parts;
  if (!scenario || !role || !difficulty) return `slot ${clip(key, 60)}`;
  return `${roleLabel(role)} · seed ${clip(seed.join(':'), 28)} · ${difficulty} · ${scenario}`;
}

function describeSave(file: SaveFile): { title: string; line: string; spoken: string; progress: string } {
  const sc = findScenario(file.state.scenario.id);
  const last = sc?.lastTurn ?? 20;
  const turn = Math.min(Math.max(1, file.state.turn), last);
  const progress = file.state.phase === 'over' ? `finished after turn ${file.state.turn}` : `turn ${turn} of ${last}`;
  const end = file.state.phase === 'over' && sc ? ` · ${outcomeHeadline(sc, file.state).split('.')[0]}` : '';
  const who = whoLabel(file);
  const title = `${who} · seed ${clip(file.state.seed, 44)}`;
  const line = `${sc?.title ?? file.state.scenario.id} · ${progress} · ${file.difficulty} · saved ${savedAtText(file.savedAt)}${end}`;
  return {
    title,
    line,
    progress,
    spoken: `${who}, seed ${file.state.seed}, ${progress}, ${file.difficulty}, saved ${savedAtText(file.savedAt)}`,
  };
}

/** Every saved game in this browser: continue, delete (with a confirmation), or download a damaged one. */
export class SavedGames extends Phaser.Scene {
  private page = 0;
  private notice = '';

  constructor() {
    super('SavedGames');
  }

  init(data: SavedGamesData): void {
    this.page = data?.page ?? 0;
    this.notice = data?.notice ?? DEFAULT_NOTICE;
    // Phaser keeps the last start data for a later start without data: forget it once read.
    this.sys.settings.data = {};
  }

  create(): void {
    addBackdrop(this);
    const saves = listSaves();
    const bad = saves.filter((s) => !s.ok).length;
    const header = new HeaderBar(this, {
      title: 'Saved games',
      right: saves.length ? `${saves.length} saved in this browser${bad ? ` · ${bad} cannot be read` : ''}` : 'Stored in this browser only',
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
      const p = new Panel(this, { x: 240, y: 200, width: 800, height: 190, title: 'No saved games yet' });
      p.add(
        this.add.text(
          p.inner.x,
          p.inner.y + 4,
          'A game is saved in this browser after every turn. Start a new game, and it will be listed here to continue later.',
          textStyle('body', { wrap: p.inner.width }),
        ),
      );
      first = group.add(
        new Button(this, {
          x: 240 + 800 - 260 - SPACE.md,
          y: 200 + 190 - 52 - SPACE.md,
          width: 260,
          height: 52,
          label: 'New game',
          hotkey: 'n',
          variant: 'primary',
          onActivate: () => openScene(this, 'Setup'),
        }),
      );
    }

    shown.forEach((entry, i) => {
      const y = top + i * (ROW_H + ROW_GAP);
      const f = this.addRow(group, entry, x, y, w);
      first ??= f;
    });

    // Bottom row: Back, pages, and the notice line.
    const by = 720 - 30 - 52;
    group.add(new Button(this, { x, y: by, width: 180, height: 52, label: 'Back', hint: '[Esc]', onActivate: back }));
    if (pages > 1) {
      const prev = group.add(
        new Button(this, {
          x: GAME_WIDTH - 32 - 2 * 200 - 12,
          y: by,
          width: 200,
          height: 52,
          label: 'Previous page',
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
          label: 'Next page',
          hotkey: 'n',
          disabled: this.page >= pages - 1,
          onActivate: () => this.scene.restart({ page: this.page + 1 }),
        }),
      );
      this.add
        .text(prev.x - SPACE.md, by + 26, `Page ${this.page + 1} of ${pages}`, textStyle('small', { color: css(COLORS.textMuted) }))
        .setOrigin(1, 0.5);
    }
    // The notice line sits between the list and the buttons.
    const noticeText = this.add.text(x, by - 26, this.notice, textStyle('small', { color: css(COLORS.textMuted) })).setOrigin(0, 0.5);
    fitOrClip(noticeText, w);
    this.noticeText = noticeText;

    group.focusFirst(first);
    addKeyHelp(this, 'Tab or arrow keys: move · Enter or Space: choose · Esc: back');
    const spoken = shown
      .map(
        (e, i) =>
          `${this.page * PER_PAGE + i + 1}. ${e.ok ? describeSave(e.file).spoken : `A save that cannot be read (${slotText(e.key)}): ${e.problem}. It is kept as it is.`}`,
      )
      .join(' ');
    announceScene(
      'SavedGames',
      saves.length
        ? `Saved games: ${saves.length}.${pages > 1 ? ` Page ${this.page + 1} of ${pages}.` : ''} ${spoken} ${this.notice}`
        : `Saved games: none yet. ${this.notice}`,
    );
  }

  private noticeText: Phaser.GameObjects.Text | null = null;

  private setNotice(text: string, warn = false): void {
    this.noticeText?.setText(text).setColor(css(warn ? COLORS.warn : COLORS.textMuted));
    if (this.noticeText) fitOrClip(this.noticeText, GAME_WIDTH - 64);
    announce(text);
  }

  private addRow(group: FocusGroup, entry: SaveEntry, x: number, y: number, w: number): Focusable {
    const bw = 170;
    const dw = 130;
    const textW = w - bw - dw - SPACE.md * 4 - 16;
    if (entry.ok) {
      const { title, line, spoken, progress } = describeSave(entry.file);
      const role = entry.file.role;
      const hotseat = Boolean(entry.file.players);
      const color = hotseat ? COLORS.info : isActor(role) ? ACTOR_STYLE[role].color : COLORS.textDim;
      const panel = new Panel(this, { x, y, width: w, height: ROW_H, accent: color });
      const chip = new Chip(this, {
        x: 22,
        y: 12,
        text: hotseat ? `${entry.file.players?.length ?? 0} PLAYERS` : isActor(role) ? ACTOR_STYLE[role].tag : 'ALL',
        color,
        minWidth: 52,
      });
      const t = this.add.text(22 + chip.chipWidth + SPACE.sm, 9, title, textStyle('h3'));
      fitOrClip(t, textW - chip.chipWidth - SPACE.sm);
      const l = this.add.text(22, 44, line, textStyle('small', { color: css(COLORS.textMuted) }));
      fitOrClip(l, textW);
      panel.add([chip, t, l]);
      const cont = group.add(
        new Button(this, {
          x: x + w - bw - dw - SPACE.md - SPACE.sm,
          y: y + (ROW_H - 50) / 2,
          width: bw,
          height: 50,
          label: 'Continue',
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
          label: 'Delete',
          description: spoken,
          onActivate: () =>
            this.confirmDelete(
              group,
              entry.key,
              `the saved game of ${whoLabel(entry.file)}, seed ${clip(entry.file.state.seed, 60)} (${progress})`,
            ),
        }),
      );
      return cont;
    }
    const panel = new Panel(this, { x, y, width: w, height: ROW_H, accent: COLORS.warn });
    const chip = new Chip(this, { x: 22, y: 12, text: '! DAMAGED', color: COLORS.warn });
    const t = this.add.text(22 + chip.chipWidth + SPACE.sm, 9, `This save cannot be read · ${slotText(entry.key)}`, textStyle('h3'));
    fitOrClip(t, textW - chip.chipWidth - SPACE.sm);
    const l = this.add.text(
      22,
      44,
      `${entry.problem[0]?.toUpperCase()}${entry.problem.slice(1)}. Kept as it is.`,
      textStyle('small', { color: css(COLORS.text) }),
    );
    fitOrClip(l, textW);
    panel.add([chip, t, l]);
    const dl = group.add(
      new Button(this, {
        x: x + w - bw - dw - SPACE.md - SPACE.sm,
        y: y + (ROW_H - 50) / 2,
        width: bw,
        height: 50,
        label: 'Download',
        description: `a copy of the damaged save, exactly as stored. ${entry.problem}`,
        onActivate: () => {
          downloadText(safeFileName(`flashpoint-save-${entry.key.replace(/^flashpoint:save:/, '')}.json`), entry.text, 'application/json');
          this.setNotice('A copy of the damaged save was downloaded, exactly as it is stored. The save itself is unchanged.');
        },
      }),
    );
    group.add(
      new Button(this, {
        x: x + w - dw - SPACE.md,
        y: y + (ROW_H - 50) / 2,
        width: dw,
        height: 50,
        label: 'Delete',
        description: `the damaged save (${slotText(entry.key)})`,
        onActivate: () => this.confirmDelete(group, entry.key, `the damaged save (${slotText(entry.key)})`),
      }),
    );
    return dl;
  }

  private resume(file: SaveFile): void {
    const r = resumeSave(file);
    if (!r.ok) {
      this.setNotice(`! ${r.error}`, true);
      return;
    }
    playSession(this, r.value);
  }

  private confirmDelete(group: FocusGroup, key: string, what: string): void {
    openDialog(this, group, {
      title: 'Delete this saved game?',
      lines: [{ text: `This deletes ${what} from this browser. It cannot be undone.` }],
      width: 720,
      buttons: [
        {
          label: 'Delete',
          hotkey: 'd',
          variant: 'primary',
          onActivate: () => {
            deleteSave(key);
            this.scene.restart({ page: this.page, notice: 'The saved game was deleted.' });
          },
        },
        { label: 'Keep it', hint: '[Esc]' },
      ],
      focus: 1,
    });
  }
}
