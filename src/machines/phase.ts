import { setup } from 'xstate';

// The phases of a turn, as states: news → decisions → resolution → events →
// end check, then either the next turn's news or the end. The engine reads the
// current phase from this machine and runs that phase's step; nothing else
// decides the order.
export type PhaseEvent = { type: 'DONE' } | { type: 'ORDERS_IN' } | { type: 'CHECKED'; over: boolean };

export const phaseMachine = setup({
  types: { events: {} as PhaseEvent },
  guards: { gameOver: ({ event }) => event.type === 'CHECKED' && event.over },
}).createMachine({
  id: 'phase',
  initial: 'news',
  states: {
    news: { on: { DONE: 'decisions' } },
    decisions: { on: { ORDERS_IN: 'resolution' } },
    resolution: { on: { DONE: 'events' } },
    events: { on: { DONE: 'endCheck' } },
    endCheck: { on: { CHECKED: [{ guard: 'gameOver', target: 'over' }, { target: 'news' }] } },
    over: { type: 'final' },
  },
});
