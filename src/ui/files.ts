// Opening local files: a hidden <input type="file"> triggered by a button, and
// drag-and-drop anywhere on the page. Files are read as text only; nothing in
// them is ever run or inserted as HTML.

import * as Phaser from 'phaser';
import { messages } from './i18n';
import { COLORS, GAME_HEIGHT, GAME_WIDTH, RADIUS, STROKE, textStyle } from './theme';

export interface LoadedFile {
  name: string;
  text: string;
  /** Set (and `text` left empty) when the file was too large to read: a phrase in the reader's language. */
  problem?: string;
}

/** Files larger than this are not read (a replay is a few kilobytes). */
export const MAX_FILE_BYTES = 1_000_000;
/** At most this many files are read at once. */
export const MAX_FILES = 500;

/** Reads browser File objects as UTF-8 text, in order. */
export async function readFiles(list: FileList | readonly File[]): Promise<LoadedFile[]> {
  const files = Array.from(list).slice(0, MAX_FILES);
  const m = messages();
  return Promise.all(
    files.map(async (f): Promise<LoadedFile> => {
      if (f.size > MAX_FILE_BYTES)
        return { name: f.name, text: '', problem: m.t('files.problem.too-large', { kb: Math.round(f.size / 1024) }) };
      try {
        return { name: f.name, text: await f.text() };
      } catch (e) {
        return { name: f.name, text: '', problem: m.t('files.problem.unreadable', { detail: (e as Error).message }) };
      }
    }),
  );
}

export interface FilePickerOptions {
  multiple?: boolean;
  /** e.g. '.json,application/json' */
  accept?: string;
  /** Marks the input for tests: input[data-picker="<purpose>"]. */
  purpose: string;
  onFiles: (files: LoadedFile[]) => void;
}

export interface FilePicker {
  readonly input: HTMLInputElement;
  /** Opens the browser's file dialog. */
  open(): void;
}

/**
 * A hidden file input owned by `scene` (removed when the scene shuts down).
 * `open()` must run inside a user gesture (a click or a key press).
 */
export function createFilePicker(scene: Phaser.Scene, opts: FilePickerOptions): FilePicker {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = opts.accept ?? '.json,application/json,text/plain'; // not-text: file types
  input.multiple = opts.multiple ?? false;
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true'); // not-text: an attribute
  input.dataset.picker = opts.purpose;
  input.className = 'visually-hidden'; // not-text: a CSS class
  input.style.position = 'fixed';
  input.style.left = '-10000px';
  input.addEventListener('change', () => {
    const list = input.files;
    if (!list || list.length === 0) return;
    void readFiles(list).then((files) => {
      input.value = '';
      if (scene.sys.isActive()) opts.onFiles(files);
    });
  });
  document.body.appendChild(input);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => input.remove());
  return {
    input,
    open: () => input.click(),
  };
}

/**
 * Accepts files dropped anywhere on the page while `scene` runs, with a
 * full-screen hint while something is dragged over it.
 */
export function enableFileDrop(
  scene: Phaser.Scene,
  hint: string,
  onFiles: (files: LoadedFile[]) => void,
  isEnabled: () => boolean = () => true,
): void {
  const overlay = scene.add.container(0, 0).setDepth(10_000).setVisible(false);
  const g = scene.add.graphics();
  g.fillStyle(COLORS.bg, 0.86);
  g.fillRect(0, 0, GAME_WIDTH, GAME_HEIGHT);
  g.lineStyle(STROKE.focus, COLORS.focus, 1);
  g.strokeRoundedRect(24, 24, GAME_WIDTH - 48, GAME_HEIGHT - 48, RADIUS.lg);
  const t = scene.add
    .text(GAME_WIDTH / 2, GAME_HEIGHT / 2, hint, textStyle('h2', { align: 'center', wrap: GAME_WIDTH - 200 }))
    .setOrigin(0.5);
  overlay.add([g, t]);

  let depth = 0;
  // not-text: the drag data type of files
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  const show = (on: boolean) => {
    if (overlay.active) overlay.setVisible(on);
  };
  const onEnter = (e: DragEvent) => {
    if (!hasFiles(e) || !isEnabled()) return;
    e.preventDefault();
    depth++;
    show(true);
  };
  const onOver = (e: DragEvent) => {
    if (!hasFiles(e) || !isEnabled()) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const onLeave = () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) show(false);
  };
  const onDrop = (e: DragEvent) => {
    if (!e.dataTransfer || !isEnabled()) return;
    e.preventDefault();
    depth = 0;
    show(false);
    const list = e.dataTransfer.files;
    if (!list || list.length === 0) return;
    void readFiles(list).then((files) => {
      if (scene.sys.isActive()) onFiles(files);
    });
  };
  window.addEventListener('dragenter', onEnter);
  window.addEventListener('dragover', onOver);
  window.addEventListener('dragleave', onLeave);
  window.addEventListener('drop', onDrop);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    window.removeEventListener('dragenter', onEnter);
    window.removeEventListener('dragover', onOver);
    window.removeEventListener('dragleave', onLeave);
    window.removeEventListener('drop', onDrop);
  });
}
