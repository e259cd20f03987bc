// Reusable, typed Phaser components for every scene, one per file. Import
// them from here ('../ui/widgets'); text fitting lives in '../ui/text-fit'.
//
// Positions are top-left corners in scene (game) coordinates, 1280×720.

export { Button, type ButtonConfig, type ButtonVariant, TOGGLE_W } from './Button';
export { addBackdrop } from './backdrop';
export type { Box } from './box';
export { Chip, type ChipConfig } from './Chip';
export type { Focusable } from './Focusable';
export { type Direction, FocusGroup, type FocusGroupOptions, type UiItemInfo } from './FocusGroup';
export { drawFocusRing } from './focus-ring';
export { HeaderBar, type HeaderBarConfig } from './HeaderBar';
export { type BannerPart, HeadlineBanner, type HeadlineBannerConfig, type HeadlineContent } from './HeadlineBanner';
export { addKeyHelp } from './key-help';
export { Meter, type MeterConfig } from './Meter';
export { Panel, type PanelConfig } from './Panel';
export { type ScrollBlock, ScrollText, type ScrollTextConfig } from './ScrollText';
export { type LineScroller, scrollByKey } from './scroll-keys';
export { TermTip, type TermTipConfig } from './TermTip';
export { TextField, type TextFieldConfig } from './TextField';
export { addWrappedText, recolor, wrapLines } from './text';
export type { UiTextInfo } from './text-report';
