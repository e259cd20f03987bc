import type { ActorId, ActorProfile } from '../../sim/types';

// Who the actors are, what each wants in its own terms, and where it starts.
// Objectives are scored at the end (weights add up to 100 per actor).
export const actors: Record<ActorId, ActorProfile> = {
  serbia: {
    id: 'serbia',
    name: 'Serbia (government in Belgrade)',
    short: 'Serbia',
    view:
      'Belgrade does not recognise Kosovo’s independence. It wants the Serb community of the north protected and heard, the Association of Serb-majority municipalities formed, and the special police out of the north — without losing its EU path or being drawn into war.',
    specialMeter: 'EU path',
    playable: true,
    temperRange: [-40, 50],
    start: { support: 60, standing: 50, special: 55, budget: 4 },
    objectives: [
      { id: 'serbs-voice', text: 'The Serb community keeps its voice: no elected mayor stays inside a building against its will', weight: 20, measure: { holderCountAtLeast: { holder: ['local-serbs', 'mayor-elsewhere', 'new-council', 'kfor-cordon'], count: 4 } } },
      { id: 'special-police', text: 'Kosovo’s special police out of the north (average police presence 20 or less)', weight: 15, measure: { policeAtMost: 20 } },
      { id: 'association', text: 'Talks on the Association of Serb-majority municipalities begin', weight: 15, measure: { flag: 'associationTalks' } },
      { id: 'eu-path', text: 'No penalty on the EU path (EU path 55 or more)', weight: 15, measure: { meterAtLeast: { actor: 'serbia', meter: 'special', value: 55 } } },
      { id: 'support', text: 'Keep support at home (70 or more)', weight: 15, measure: { meterAtLeast: { actor: 'serbia', meter: 'support', value: 70 } } },
      { id: 'no-war', text: 'No war', weight: 20, measure: { noWar: true } },
    ],
  },
  kosovo: {
    id: 'kosovo',
    name: 'Kosovo (government in Pristina)',
    short: 'Kosovo',
    view:
      'Pristina wants the state’s authority and the rule of law across the whole north: the mayors elected in April should work, parallel structures should end, and there should be no association of municipalities with executive powers — while keeping US and EU backing.',
    specialMeter: 'Authority in the north',
    playable: true,
    temperRange: [-30, 60],
    start: { support: 65, standing: 60, special: 30, budget: 4 },
    objectives: [
      { id: 'authority', text: 'State authority reaches the north (authority 60 or more)', weight: 25, measure: { meterAtLeast: { actor: 'kosovo', meter: 'special', value: 60 } } },
      { id: 'mayors', text: 'Elected mayors (or a new council with Serb participation) govern the municipalities', weight: 15, measure: { holderCountAtLeast: { holder: ['kosovo-mayor', 'new-council'], count: 4 } } },
      { id: 'no-association', text: 'No talks on an association with executive powers', weight: 10, measure: { flag: 'associationTalks', is: false } },
      { id: 'backing', text: 'Keep US and EU backing: no EU measures against Kosovo', weight: 15, measure: { flag: 'euMeasuresOnKosovo', is: false } },
      { id: 'support', text: 'Keep support at home (65 or more)', weight: 15, measure: { meterAtLeast: { actor: 'kosovo', meter: 'support', value: 65 } } },
      { id: 'no-war', text: 'No war', weight: 20, measure: { noWar: true } },
    ],
  },
  serbs: {
    id: 'serbs',
    name: 'Kosovo Serbs of the north (community and Srpska Lista)',
    short: 'Kosovo Serbs',
    view:
      'The Serbs of the north want to feel safe in their towns, to be represented by people they chose, and not to see their leaders arrested. They boycotted the April elections and do not accept mayors elected with a few percent of the vote.',
    specialMeter: 'Safety',
    playable: true,
    temperRange: [-30, 50],
    start: { support: 60, standing: 35, special: 45, budget: 4 },
    objectives: [
      { id: 'safety', text: 'Feel safe: safety at 55 or more', weight: 25, measure: { meterAtLeast: { actor: 'serbs', meter: 'special', value: 55 } } },
      { id: 'representation', text: 'Representation: new elections the community takes part in', weight: 20, measure: { flag: 'serbsWillRun' } },
      { id: 'trust', text: 'Leaders keep the community’s trust (support 65 or more)', weight: 15, measure: { meterAtLeast: { actor: 'serbs', meter: 'support', value: 65 } } },
      { id: 'no-arrests', text: 'No arrests of community leaders', weight: 10, measure: { flag: 'leaderArrested', is: false } },
      { id: 'no-deaths', text: 'Nobody killed', weight: 15, measure: { noKilled: true } },
      { id: 'no-war', text: 'No war', weight: 15, measure: { noWar: true } },
    ],
  },
  kfor: {
    id: 'kfor',
    name: 'KFOR (NATO-led Kosovo Force)',
    short: 'KFOR',
    view:
      'KFOR keeps a safe environment and freedom of movement for all communities under UN Security Council resolution 1244. It sees itself as impartial, and its success is measured in calm streets and no deaths.',
    specialMeter: 'Credibility',
    playable: true,
    temperRange: [-30, 30],
    start: { support: 55, standing: 60, special: 60, budget: 4 },
    objectives: [
      { id: 'no-deaths', text: 'No deaths', weight: 25, measure: { noKilled: true } },
      { id: 'few-injured', text: 'Few injured peacekeepers (at most 10)', weight: 15, measure: { casualtiesAtMost: { group: 'kfor', injured: 10, killed: 0 } } },
      { id: 'credibility', text: 'Credible as impartial: credibility 75 or more', weight: 20, measure: { meterAtLeast: { actor: 'kfor', meter: 'special', value: 75 } } },
      { id: 'ladder-low', text: 'The ladder low at the end (rung 3 or below)', weight: 25, measure: { rungAtMost: 3 } },
      { id: 'no-war', text: 'No war', weight: 15, measure: { noWar: true } },
    ],
  },
  eu: {
    id: 'eu',
    name: 'European Union (facilitator of the dialogue)',
    short: 'EU',
    view:
      'Brussels facilitates the dialogue between Belgrade and Pristina and ties it to both sides’ EU paths. It wants the February and March 2023 agreements implemented, new elections in the north, and calm.',
    specialMeter: 'Dialogue on track',
    playable: true,
    temperRange: [-50, 20],
    start: { support: 50, standing: 55, special: 55, budget: 4 },
    objectives: [
      { id: 'dialogue', text: 'Dialogue back on track: dialogue 80 or more', weight: 25, measure: { meterAtLeast: { actor: 'eu', meter: 'special', value: 80 } } },
      { id: 'elections', text: 'Both sides accept new elections in the north', weight: 25, measure: { flag: 'settlement' } },
      { id: 'association', text: 'Work on the Association starts', weight: 15, measure: { flag: 'associationTalks' } },
      { id: 'ladder', text: 'The ladder at rung 4 or below at the end', weight: 20, measure: { rungAtMost: 4 } },
      { id: 'no-war', text: 'No war', weight: 15, measure: { noWar: true } },
    ],
  },
  usa: {
    id: 'usa',
    name: 'United States',
    short: 'USA',
    view:
      'Washington is Kosovo’s main backer, but above all it wants de-escalation and Western unity: partners who coordinate with it rather than act alone.',
    specialMeter: 'Western unity',
    playable: false,
    temperRange: [-40, 30],
    start: { support: 50, standing: 60, special: 60, budget: 4 },
    objectives: [
      { id: 'deescalation', text: 'De-escalation: rung 4 or below at the end', weight: 35, measure: { rungAtMost: 4 } },
      { id: 'unity', text: 'Western unity: 75 or more', weight: 25, measure: { meterAtLeast: { actor: 'usa', meter: 'special', value: 75 } } },
      { id: 'partners', text: 'Partners follow its line: good relations with Pristina', weight: 15, measure: { relationAtLeast: { a: 'usa', b: 'kosovo', value: 40 } } },
      { id: 'no-war', text: 'No war', weight: 25, measure: { noWar: true } },
    ],
  },
  russia: {
    id: 'russia',
    name: 'Russia',
    short: 'Russia',
    view:
      'Moscow does not recognise Kosovo and blames the US, the EU and Pristina for the crisis. It wants Western mediation to be seen to fail and Serbia to stay close to it.',
    specialMeter: 'Influence in the Balkans',
    playable: false,
    temperRange: [0, 70],
    start: { support: 60, standing: 30, special: 45, budget: 4 },
    objectives: [
      { id: 'mediation-fails', text: 'Western mediation seen to fail: no settlement', weight: 30, measure: { flag: 'settlement', is: false } },
      { id: 'serbia-close', text: 'Serbia kept close: relations 75 or more', weight: 30, measure: { relationAtLeast: { a: 'russia', b: 'serbia', value: 75 } } },
      { id: 'influence', text: 'Influence gained', weight: 25, measure: { meterGain: { actor: 'russia', meter: 'special' } } },
      { id: 'no-war', text: 'No war', weight: 15, measure: { noWar: true } },
    ],
  },
  china: {
    id: 'china',
    name: 'China',
    short: 'China',
    view:
      'Beijing does not recognise Kosovo and backs Serbia’s sovereignty and territorial integrity on the record. It also wants its trade with Europe unharmed and no conflict that puts its investments at risk.',
    specialMeter: 'Trade ties with Europe',
    playable: false,
    temperRange: [-20, 40],
    start: { support: 60, standing: 45, special: 60, budget: 4 },
    objectives: [
      { id: 'on-record', text: 'Backing for Serbia’s sovereignty on the record (relations 80 or more)', weight: 25, measure: { relationAtLeast: { a: 'china', b: 'serbia', value: 80 } } },
      { id: 'trade', text: 'Trade with Europe unharmed: 62 or more', weight: 35, measure: { meterAtLeast: { actor: 'china', meter: 'special', value: 62 } } },
      { id: 'no-conflict', text: 'No conflict that hurts investment: rung 6 or below', weight: 20, measure: { rungAtMost: 6 } },
      { id: 'no-war', text: 'No war', weight: 20, measure: { noWar: true } },
    ],
  },
};
