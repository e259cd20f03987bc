// The screens of a game, from setup to debrief, loaded together on first use
// (src/ui/lazy-scenes.ts): they start one another directly, and they bring the
// engine, the scenario and the validation code with them.
export { Setup } from './Setup';
export { Briefing } from './Briefing';
export { Game } from './Game';
export { PassDevice } from './PassDevice';
export { Resolution } from './Resolution';
export { Debrief } from './Debrief';
