import type { Condition, Motive, Motives } from '../../sim/types';

// Why each actor acts, before any dice: one plain sentence per posture, with
// variants for the situation (the first motive whose condition holds is used;
// the last of each list has none). The words are `motive.<actor>.<id>` in
// messages/en/motives.json, written as each side would put its own aim.

const mayorsIn: Condition = { holderCount: 'kosovo-mayor', atLeast: 1 };
const violence: Condition = { incidentsAtLeast: 1 };
const barricades: Condition = { flag: 'barricadesUp' };
const nearWar: Condition = { rungAtLeast: 7 };

const m = (id: string, when?: Condition): Motive => (when ? { id, when } : { id });

export const motives: Motives = {
  serbia: {
    restrained: [m('restrained.mayors-in', mayorsIn), m('restrained')],
    pressuring: [m('pressuring.mayors-in', mayorsIn), m('pressuring.violence', violence), m('pressuring')],
    mobilised: [m('mobilised.near-war', nearWar), m('mobilised.violence', violence), m('mobilised')],
    negotiating: [m('negotiating.elections', { flag: 'electionsCalled' }), m('negotiating')],
  },
  kosovo: {
    patient: [m('patient.barricades', barricades), m('patient')],
    assertive: [m('assertive.mayors-out', { holderCount: 'kosovo-mayor', atMost: 0 }), m('assertive')],
    enforcing: [m('enforcing.barricades', barricades), m('enforcing.mayors-in', mayorsIn), m('enforcing')],
    negotiating: [m('negotiating.elections', { flag: 'electionsCalled' }), m('negotiating')],
  },
  serbs: {
    boycotting: [m('boycotting.mayors-in', mayorsIn), m('boycotting')],
    protesting: [m('protesting.mayors-in', mayorsIn), m('protesting')],
    blockading: [m('blockading.arrest', { flag: 'leaderArrested' }), m('blockading.mayors-in', mayorsIn), m('blockading')],
    engaging: [m('engaging.elections', { flag: 'electionsCalled' }), m('engaging')],
  },
  kfor: {
    watchful: [m('watchful.tension', { maxUnrestAtLeast: 50 }), m('watchful')],
    buffering: [
      m('buffering.injured', { casualtiesAtLeast: { group: 'kfor', injured: 1 } }),
      m('buffering.mayors-in', mayorsIn),
      m('buffering'),
    ],
    reinforcing: [m('reinforcing.troops-at-line', { flag: 'troopsAtLine' }), m('reinforcing')],
  },
  eu: {
    facilitating: [m('facilitating.tension', { rungAtLeast: 4 }), m('facilitating')],
    pressing: [m('pressing.mayors-in', mayorsIn), m('pressing')],
    sanctioning: [m('sanctioning.violence', violence), m('sanctioning')],
    mediating: [m('mediating.elections', { flag: 'electionsCalled' }), m('mediating')],
  },
  usa: {
    supportive: [m('supportive.tension', { rungAtLeast: 5 }), m('supportive')],
    'restraining-pristina': [m('restraining-pristina.mayors-in', mayorsIn), m('restraining-pristina')],
    'warning-belgrade': [m('warning-belgrade.troops-at-line', { flag: 'troopsAtLine' }), m('warning-belgrade')],
  },
  russia: {
    observing: [m('observing.tension', { rungAtLeast: 4 }), m('observing')],
    'backing-serbia': [m('backing-serbia.violence', violence), m('backing-serbia')],
    agitating: [m('agitating.unsc', { flag: 'unscSession' }), m('agitating')],
  },
  china: {
    quiet: [m('quiet')],
    supportive: [m('supportive.unsc', { flag: 'unscSession' }), m('supportive')],
    vocal: [m('vocal.kfor', { casualtiesAtLeast: { group: 'any', injured: 1 } }), m('vocal')],
    cautious: [m('cautious.crossings', { flag: 'crossingsClosed' }), m('cautious')],
  },
};
