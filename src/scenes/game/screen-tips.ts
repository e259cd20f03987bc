// Definitions on hover and focus for the game screen's meters and terms: the
// ladder's header (what the ladder and a rung are, and the rung now), your
// posture, meters and budget, and each other actor's row. They join the
// screen's focus group after its controls, so Tab reaches them last.

import { rungName } from '../../text/describe';
import { gameEntry } from '../../text/glossary';
import { TermTip } from '../../ui/widgets';
import type { ActorsView, StatusView } from '../components/SidePanels';
import type { GameScreen } from './GameMode';
import { LADDER_W, LADDER_X, TOP } from './layout';

/** Height of the ladder panel's title row, where its tip sits. */
const LADDER_HEAD = 40;

export function addScreenTips(screen: GameScreen, status: StatusView | null, actors: ActorsView | null): TermTip[] {
  const m = screen.session.messages;
  const sc = screen.session.scenario;
  const ladder = gameEntry(m, sc, 'ladder');
  const rungs = gameEntry(m, sc, 'rung');
  // Read when shown: watching, the rung moves while the screen stays.
  const now = () => {
    const rung = screen.session.state.rung;
    return m.t('tip.ladder.now', { rung, top: sc.ladder.top, name: rungName(m, rung), description: m.t(`rung.${rung}.description`) });
  };
  const ladderTip = screen.group.add(
    new TermTip(screen.scene, {
      box: { x: LADDER_X, y: TOP, width: LADDER_W, height: LADDER_HEAD },
      term: ladder.term,
      definition: () => `${ladder.definition} ${rungs.definition} ${now()}`,
      label: m.t('tip.ladder.label'),
    }),
  );
  return [ladderTip, ...(status?.addTips(screen.group) ?? []), ...(actors?.addTips(screen.group) ?? [])];
}
