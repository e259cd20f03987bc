// The screens of a game, from setup to debrief, loaded together on first use
// (src/scenes/lazy-loaders.ts): they start one another directly, and they bring the
// engine, the scenario and the validation code with them.

export { Briefing } from './Briefing';
export { Debrief } from './Debrief';
export { Game } from './Game';
export { PassDevice } from './PassDevice';
export { Resolution } from './Resolution';
export { Setup } from './Setup';
