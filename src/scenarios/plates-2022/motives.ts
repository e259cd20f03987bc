import type { Condition, Motive, Motives } from '../../sim/types';

// Why each actor acts, before any dice: one plain sentence per posture, with
// variants for the situation (the first motive whose condition holds is used;
// the last of each list has none). The words are `motive.<actor>.<id>` in
// messages/en/motives.json, written as each side would put its own aim.

const enforced: Condition = { flag: 'platesEnforced' };
const walkout: Condition = { flag: 'walkout' };
const barricades: Condition = { flag: 'barricadesUp' };
const arrest: Condition = { flag: 'leaderArrested' };
const nearWar: Condition = { rungAtLeast: 7 };

const m = (id: string, when?: Condition): Motive => (when ? { id, when } : { id });

export const motives: Motives = {
  serbia: {
    restrained: [m('restrained.enforced', enforced), m('restrained')],
    pressuring: [m('pressuring.arrest', arrest), m('pressuring.enforced', enforced), m('pressuring')],
    mobilised: [m('mobilised.near-war', nearWar), m('mobilised.barricades', barricades), m('mobilised')],
    negotiating: [m('negotiating')],
  },
  kosovo: {
    patient: [m('patient.due', { flag: 'rulesDue' }), m('patient')],
    assertive: [m('assertive.walkout', walkout), m('assertive')],
    enforcing: [m('enforcing.barricades', barricades), m('enforcing')],
    negotiating: [m('negotiating')],
  },
  serbs: {
    objecting: [m('objecting.due', { flag: 'rulesDue' }), m('objecting')],
    protesting: [m('protesting.enforced', enforced), m('protesting')],
    blockading: [m('blockading.arrest', arrest), m('blockading')],
    engaging: [m('engaging')],
  },
  kfor: {
    watchful: [m('watchful.tension', { maxUnrestAtLeast: 50 }), m('watchful')],
    buffering: [m('buffering.barricades', barricades), m('buffering')],
    guarding: [m('guarding.request', { flag: 'returnRequested' }), m('guarding')],
  },
  eu: {
    facilitating: [m('facilitating.tension', { rungAtLeast: 4 }), m('facilitating')],
    pressing: [m('pressing.barricades', barricades), m('pressing')],
    mediating: [m('mediating')],
  },
  usa: {
    supportive: [m('supportive.tension', { rungAtLeast: 5 }), m('supportive')],
    'restraining-pristina': [m('restraining-pristina')],
    'warning-belgrade': [m('warning-belgrade')],
  },
  russia: {
    observing: [m('observing')],
    'backing-serbia': [m('backing-serbia')],
    agitating: [m('agitating.refused', { flag: 'returnRefused' }), m('agitating')],
  },
  china: {
    quiet: [m('quiet')],
    supportive: [m('supportive')],
  },
};
