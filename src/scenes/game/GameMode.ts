// The game screen has two modes: playing a role (a person gives orders) and
// watching (the computer plays every actor). The scene builds what both share
// and lends it to the mode the setup asks for; each mode builds the rest.
import type * as Phaser from 'phaser';
import type { ActionOption } from '../../sim/options';
import type { DialogLine } from '../../ui/dialog';
import type { PlaySession } from '../../ui/play';
import type { FocusGroup } from '../../ui/widgets';
import type { LadderView } from '../components/LadderView';
import type { DangerView } from './DangerView';

/** A line of the order confirmation. */
export type ConfirmLine = DialogLine;

/** What the game scene lends its mode. */
export interface GameScreen {
  readonly scene: Phaser.Scene;
  readonly session: PlaySession;
  readonly group: FocusGroup;
  readonly ladder: LadderView;
  /** Danger you can see: the headline banner, the tone band, the map's markers. */
  readonly danger: DangerView;
  /** The header's title: the scenario, the turn and its dates. */
  turnTitle(): string;
  /** Redraws the whole screen from the session. */
  refresh(): void;
  /** Whether a dialog (menu, help, a confirmation) has the keyboard. */
  dialogOpen(): boolean;
  /** Asks before an order that carries a warning; Confirm closes the dialog, then calls `commit`. */
  confirmOrder(option: ActionOption, lines: ConfirmLine[], commit: (option: ActionOption) => void): void;
}

/** One use of the game screen: playing a role, or watching. */
export interface GameMode {
  /** Redraws the mode's own panels from the session. */
  refresh(): void;
  /** Focuses the first control and says where the player is; watching, starts auto-play when it is on. */
  start(): void;
  /** Stops whatever runs on its own while a dialog is open. */
  pause(): void;
}
