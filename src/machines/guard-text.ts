// Plain-words readings of every guard in the posture machines, for the "why?"
// views. A test checks that every guard used by a machine has one.
export const guardText: Record<string, string> = {
  // Serbia
  serbsUnderPressure: 'the northern Serbs are under pressure (mayors in, police out in force, or crowds in the streets)',
  forcedEntryOrClash: 'force has been used in the north, or the ladder is at police operations or higher',
  atTheBrink: 'the crisis stands at the brink of war',
  westernPressureBites: 'Western pressure is biting, or the crisis has been quiet for a while',
  calmInTheNorth: 'the north is calm',
  dealReached: 'a deal on new elections has been reached',
  // Kosovo
  authorityDefied: 'the state’s authority is defied in the north (barricades, or mayors kept out too long)',
  moveOnBuildings: 'the government is ready to put the mayors in office',
  westBacksOff: 'Western partners have turned against Pristina’s course',
  calmed: 'the crisis has calmed down',
  // Kosovo Serbs
  mayorsMoveIn: 'the mayors or more police are moving in, or the community has already taken to the streets',
  forceUsed: 'force has been used against the community',
  exhausted: 'people are tired of the streets',
  shockedByBloodshed: 'the number of injured shocked the community',
  pressureEases: 'the pressure on the community eases',
  electionsOffered: 'new elections are on offer',
  offerWithdrawn: 'the offer of new elections has faded or violence returned',
  // KFOR
  tensionRising: 'tension is rising in the north',
  violence: 'there has been violence, or troops are massed at the line',
  quieter: 'the north is quieter',
  reinforcedAndCalmer: 'reinforcements are in place and the violence has stopped',
  // EU
  crisisBuilding: 'a crisis is building',
  talksUnderWay: 'talks are under way',
  defiance: 'the mayors are kept in the buildings despite violence',
  deescalating: 'the sides are stepping back',
  talksStalled: 'the talks have stalled',
  calm: 'the north is calm again',
  // USA
  partnerActsAlone: 'Pristina is acting without coordinating with its partners',
  belgradeMobilises: 'Belgrade has put its army on alert',
  steppedBack: 'both sides have stepped back',
  // Russia
  openingInTheNorth: 'the crisis offers an opening',
  westernForceUsed: 'Western troops have been involved in violence',
  crisisFades: 'the crisis is fading',
  serbiaSettles: 'Belgrade is settling with the West',
  // China
  serbiaUnderPressure: 'Serbia is under pressure',
  natoInvolved: 'NATO troops are involved',
  tradeAtRisk: 'trade with Europe is at risk',
  calmReturns: 'calm returns',
  // shared
  talksOpen: 'talks are open and the government is willing to use them',
  talksFailed: 'the talks have failed or violence returned',
};
