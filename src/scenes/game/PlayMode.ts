// Playing a role: the player's status, the news, the action cards, the order
// and End turn; a warned order is confirmed first; in hot-seat the order stays
// hidden and the device goes to the next player.
import type * as Phaser from 'phaser';
import type { ActionOption } from '../../sim/options';
import type { ActorId } from '../../sim/types';
import { actionName, actorName, rungName } from '../../text/describe';
import { announce, announceScene } from '../../ui/announcer';
import { cardsOf, rememberCards } from '../../ui/card-memory';
import { cardsNow, newFirst, unlockedCards } from '../../ui/danger';
import { needsConfirmation, riskOutcome, riskPhrase, unavailableText } from '../../ui/effects-text';
import type { PlaySession } from '../../ui/play';
import { autosave } from '../../ui/saves';
import { SCENE } from '../../ui/scene-keys';
import { clampLines, ellipsize } from '../../ui/text-fit';
import { COLORS, css, FONT, textStyle } from '../../ui/theme';
import { notify } from '../../ui/toast';
import { Button, type ScrollBlock, ScrollText } from '../../ui/widgets';
import { ActionCard, CARD_KEYS, type CardInfo, CardStrip } from '../components/ActionCards';
import { ActionDetails, type DetailsContext, optionParagraphs } from '../components/ActionDetails';
import { ActorsView, StatusView } from '../components/SidePanels';
import { FirstTurnGuide } from './FirstTurnGuide';
import type { ConfirmLine, GameMode, GameScreen } from './GameMode';
import { BOTTOM_H, BOTTOM_Y, CARD_GAP, END_W, END_X, MAP_X, NEWS_W, SIDE_H, SIDE_W, SIDE_X, STRIP_X, TOP } from './layout';
import { addScreenTips } from './screen-tips';

const STATUS_H = 166;

export class PlayMode implements GameMode {
  private readonly scene: Phaser.Scene;
  private readonly session: PlaySession;
  private readonly status: StatusView;
  private readonly actorsView: ActorsView;
  private readonly news: ScrollText;
  private readonly details: ActionDetails;
  private readonly strip: CardStrip;
  private readonly orderText: Phaser.GameObjects.Text;
  private readonly endButton: Button;
  /** The card chosen as the order, the one with the keyboard focus, the one under the pointer. */
  private selected: ActionCard | null = null;
  private focusCard: ActionCard | null = null;
  private hoverCard: ActionCard | null = null;
  /** The guided first turn, while it shows (newcomer hook: definitions and the guide come after the controls). */
  private readonly guide: FirstTurnGuide | null;
  /** This turn's cards, the unlocked ones first; the ids of those that unlocked. */
  private readonly options: ActionOption[];
  private readonly unlocked: string[];

  constructor(
    private readonly screen: GameScreen,
    private readonly role: ActorId,
  ) {
    const scene = screen.scene;
    const session = screen.session;
    const group = screen.group;
    this.scene = scene;
    this.session = session;
    const m = session.messages;
    this.status = new StatusView(scene, SIDE_X, TOP, SIDE_W, STATUS_H, session.scenario, role);
    this.actorsView = new ActorsView(
      scene,
      SIDE_X,
      TOP + STATUS_H + 8,
      SIDE_W,
      SIDE_H - STATUS_H - 8,
      session.scenario,
      session.panels().map((p) => p.actor),
      m.t('game.play.others'),
    );

    this.news = group.add(
      new ScrollText(scene, { x: 16, y: BOTTOM_Y, width: NEWS_W, height: BOTTOM_H, blocks: [], label: m.t('game.play.news.label') }),
    );
    this.details = new ActionDetails(scene, MAP_X, TOP, 492, 450);

    // Cards that unlocked this turn come first, marked NEW (the cards dealt last turn are remembered per game).
    const dealt = session.options();
    const turn = session.state.turn;
    this.unlocked = unlockedCards(cardsOf(session, role, turn - 1), dealt);
    rememberCards(session, role, turn, cardsNow(dealt));
    const options = newFirst(dealt, this.unlocked);
    this.options = options;
    const stripW = END_X - 8 - STRIP_X;
    const perView = Math.max(1, Math.min(4, options.length));
    const cardW = Math.floor((stripW - CARD_GAP * (perView - 1)) / perView);
    const strip = new CardStrip(scene, { x: STRIP_X, y: BOTTOM_Y, width: stripW, height: BOTTOM_H }, cardW, CARD_GAP);
    this.strip = strip;
    options.forEach((option, index) => {
      const info: CardInfo = {
        option,
        index,
        key: CARD_KEYS[index],
        fits: session.fitsPosture(option.def.id),
        isNew: this.unlocked.includes(option.def.id),
        spoken: '',
      };
      info.spoken = this.spokenCard(info, options.length);
      const card = new ActionCard(scene, {
        x: STRIP_X,
        y: BOTTOM_Y,
        width: cardW,
        height: BOTTOM_H,
        info,
        scenario: session.scenario,
        onSelect: (c) => this.select(c),
        onConfirm: () => this.requestEndTurn(),
        onFocusChange: (c, focused) => {
          if (focused) {
            this.focusCard = c;
            strip.reveal(c);
          } else if (this.focusCard === c) this.focusCard = null;
          this.updateDetails();
        },
        onHover: (c) => {
          this.hoverCard = c;
          this.updateDetails();
        },
      });
      strip.add(group.add(card));
    });

    // Right: your order, the strip's scroll buttons, End turn.
    scene.add.text(END_X, BOTTOM_Y - 2, m.t('game.play.order'), textStyle('label'));
    this.orderText = scene.add.text(END_X, BOTTOM_Y + 20, '', textStyle('tiny', { color: css(COLORS.text), wrap: END_W, lineSpacing: 0 }));
    const endH = 56;
    if (options.length > strip.perView) this.addPageButtons(BOTTOM_Y + BOTTOM_H - endH - 8 - 36, options.length);
    this.endButton = group.add(
      new Button(scene, {
        x: END_X,
        y: BOTTOM_Y + BOTTOM_H - endH,
        width: END_W,
        height: endH,
        label: m.t('game.play.end-turn'),
        hotkey: 'e',
        variant: 'primary',
        disabled: true,
        onActivate: () => this.requestEndTurn(),
      }),
    );
    this.updateOrder();
    addScreenTips(screen, this.status, this.actorsView);
    this.guide = FirstTurnGuide.maybeStart(screen, role, STATUS_H, () => group.focusFirst(this.news));
  }

  /** ◀ Cards / Cards ▶ at `y`, with a count above them: for more cards than the strip shows at once. */
  private addPageButtons(y: number, total: number): void {
    const { scene, group } = this.screen;
    const strip = this.strip;
    const m = this.session.messages;
    const count = scene.add.text(END_X, y - 22, '', textStyle('tiny'));
    const half = (END_W - 8) / 2;
    const prev = group.add(
      new Button(scene, {
        x: END_X,
        y,
        width: half,
        height: 36,
        label: m.t('game.play.cards.previous'),
        hint: '',
        fontSize: FONT.tiny,
        onActivate: () => strip.page(-1),
      }),
    );
    const next = group.add(
      new Button(scene, {
        x: END_X + half + 8,
        y,
        width: half,
        height: 36,
        label: m.t('game.play.cards.next'),
        hint: '',
        fontSize: FONT.tiny,
        onActivate: () => strip.page(1),
      }),
    );
    const newNote = this.unlocked.length
      ? scene.add.text(
          END_X,
          y - 44,
          m.t('game.play.cards.new-note', { count: this.unlocked.length }),
          textStyle('tiny', { fontStyle: 'bold', color: css(COLORS.focus) }),
        )
      : null;
    if (newNote) ellipsize(newNote, END_W);
    const sync = () => {
      const first = strip.firstVisible;
      count.setText(m.t('game.play.cards.count', { first: first + 1, last: Math.min(total, first + strip.perView), total }));
      prev.setDisabled(strip.hiddenBefore === 0);
      next.setDisabled(strip.hiddenAfter === 0);
    };
    strip.onScroll(sync);
    sync();
  }

  refresh(): void {
    const s = this.session.state;
    this.status.update(s, this.session.posture(), this.session.previous());
    this.actorsView.update(this.session.panels());
    this.news.setBlocks(this.newsBlocks());
  }

  start(): void {
    this.screen.group.focusFirst(this.news);
    this.screen.danger.setHome(this.news);
    announceScene(SCENE.Game, [this.screen.danger.spoken(), this.announcement()].filter(Boolean).join(' '));
  }

  /** Nothing runs on its own while a person plays. */
  pause(): void {}

  private spokenCard(info: CardInfo, total: number): string {
    const ctx = this.detailsContext(info.option);
    const paras = optionParagraphs(info.option, ctx)
      .map((p) => p.text)
      .join(' ');
    const m = this.session.messages;
    return m.t('game.play.card.spoken', {
      number: info.index + 1,
      total,
      key: info.key ?? 'none',
      action: actionName(m, info.option.def.id),
      details: paras,
    });
  }

  private detailsContext(option: ActionOption): DetailsContext {
    return {
      scenario: this.session.scenario,
      budget: this.session.state.actors[this.role]?.budget ?? 0,
      postureTitle: this.session.posture()?.title ?? null,
      fits: this.session.fitsPosture(option.def.id),
    };
  }

  private updateDetails(): void {
    const card = this.hoverCard ?? this.focusCard;
    this.details.show(card?.option ?? null, card ? this.detailsContext(card.option) : null);
  }

  private select(card: ActionCard): void {
    if (this.selected === card) {
      announce(this.session.messages.t('game.play.chosen.again', { card: card.label }));
      return;
    }
    this.selected?.setSelected(false);
    this.selected = card;
    card.setSelected(true);
    this.updateOrder();
    announce(this.session.messages.t('game.play.chosen', { card: card.label, warn: needsConfirmation(card.option) ? 'yes' : 'no' }));
  }

  private updateOrder(): void {
    if (this.selected) {
      this.orderText.setText(this.selected.label).setColor(css(COLORS.text)).setFontStyle('bold');
    } else {
      this.orderText.setText(this.session.messages.t('game.play.order.none')).setColor(css(COLORS.textMuted)).setFontStyle('normal');
    }
    clampLines(this.orderText, this.options.length > this.strip.perView ? (this.unlocked.length ? 1 : 2) : 5);
    this.endButton.setDisabled(!this.selected);
  }

  private requestEndTurn(): void {
    if (this.screen.dialogOpen()) return;
    const card = this.selected;
    if (!card) {
      announce(this.session.messages.t('game.play.choose-first'));
      return;
    }
    const option = card.option;
    if (!needsConfirmation(option)) {
      this.commit(option);
      return;
    }
    this.screen.confirmOrder(option, this.warnings(option), (o) => this.commit(o));
  }

  /** What the confirmation says about an order that may cross a rung or risks much. */
  private warnings(option: ActionOption): ConfirmLine[] {
    const sc = this.session.scenario;
    const m = this.session.messages;
    const rung = this.session.state.rung;
    const lines: ConfirmLine[] = [];
    if (option.crossesRung) {
      lines.push({ text: m.t('game.confirm.crosses', { rung, name: rungName(m, rung) }), color: COLORS.warn });
    }
    if (option.risk && option.risk.chance >= 30) {
      lines.push({ text: m.t('game.confirm.risk', { risk: riskPhrase(m, option) ?? '' }), color: COLORS.warn });
      const hit = riskOutcome(m, sc, option.def);
      if (hit) lines.push({ text: m.t('game.confirm.if', { outcome: hit }), kind: 'small' });
    }
    lines.push({
      text: m.t(this.session.awaitingOthers() ? 'game.confirm.hidden' : 'game.confirm.revealed'),
      kind: 'small',
      color: COLORS.textMuted,
    });
    return lines;
  }

  private commit(option: ActionOption): void {
    const m = this.session.messages;
    if (this.session.awaitingOthers()) {
      // Hot-seat: the order stays hidden; the device goes to the next player. Nothing is saved
      // until the turn has been played out.
      const next = this.session.handOff(option.def.id);
      if (!next.ok) {
        notify(this.scene, m.t('game.play.order.failed', { error: next.error }));
        return;
      }
      this.scene.scene.start(SCENE.PassDevice);
      return;
    }
    const r = this.session.endTurn(option.def.id);
    if (!r.ok) {
      notify(this.scene, m.t('game.play.order.failed', { error: r.error }));
      return;
    }
    const saved = autosave(this.session);
    this.scene.scene.start(SCENE.Resolution, { turn: r.value.turn, notice: saved.ok ? null : saved.error });
  }

  private newsBlocks(): ScrollBlock[] {
    const t = this.session.lastPlayedTurn();
    const m = this.session.messages;
    const title = t < 1 ? m.t('game.play.news.situation') : m.t('game.play.news.after', { turn: t });
    const blocks: ScrollBlock[] = [{ text: title, kind: 'label', color: COLORS.textMuted }];
    for (const item of this.session.news()) blocks.push({ text: item, kind: 'tiny', color: COLORS.text, gapBefore: 6 });
    return blocks;
  }

  private announcement(): string {
    const session = this.session;
    const m = session.messages;
    const list = (items: string[]) => items.reduce((first, rest) => m.t('game.play.spoken.list', { first, rest }));
    const opts = this.options;
    const unlocked = this.unlocked.map((id) => actionName(m, id));
    const avail = opts
      .map((o, i) => ({ o, key: CARD_KEYS[i] }))
      .filter((x) => x.o.available)
      .map((x) =>
        m.t('game.play.spoken.card', { key: x.key ?? 'none', action: actionName(m, x.o.def.id), crosses: x.o.crossesRung ? 'yes' : 'no' }),
      );
    const unavailable = opts
      .filter((o) => !o.available)
      .map((o) => m.t('game.play.spoken.unavailable-card', { action: actionName(m, o.def.id), reason: unavailableText(m, o) }));
    const hotseat = session.isHotseat
      ? m.t('game.play.spoken.hotseat', {
          player: session.chosenCount() + 1,
          players: session.players.length,
          others: session.awaitingOthers() ? 'yes' : 'no',
        })
      : '';
    return [
      m.t('game.play.spoken.title', { title: this.screen.turnTitle(), actor: actorName(m, this.role) }),
      hotseat,
      this.screen.ladder.describe(),
      this.status.describe(),
      m.t('game.play.spoken.news', { news: session.news().join(' ') }),
      unlocked.length ? m.t('game.play.spoken.new', { count: unlocked.length, cards: list(unlocked) }) : '',
      m.t('game.play.spoken.cards', { cards: avail.length ? list(avail) : '' }),
      unavailable.length ? m.t('game.play.spoken.unavailable', { cards: list(unavailable) }) : '',
      m.t('game.play.spoken.keys'),
      this.guide?.spoken() ?? '',
    ]
      .filter(Boolean)
      .join(' ');
  }
}
