// Playing a role: the player's status, the news, the action cards, the order
// and End turn; a warned order is confirmed first; in hot-seat the order stays
// hidden and the device goes to the next player.
import type * as Phaser from 'phaser';
import type { ActionOption } from '../../sim/options';
import type { ActorId } from '../../sim/types';
import { announce, announceScene } from '../../ui/announcer';
import { needsConfirmation, riskOutcome, riskPhrase } from '../../ui/effects-text';
import type { PlaySession } from '../../ui/play';
import { autosave } from '../../ui/saves';
import { clampLines } from '../../ui/text-fit';
import { COLORS, css, FONT, textStyle } from '../../ui/theme';
import { notify } from '../../ui/toast';
import { Button, type ScrollBlock, ScrollText } from '../../ui/widgets';
import { ActionCard, CARD_KEYS, type CardInfo, CardStrip } from '../components/ActionCards';
import { ActionDetails, type DetailsContext, optionParagraphs } from '../components/ActionDetails';
import { ActorsView, StatusView } from '../components/SidePanels';
import type { ConfirmLine, GameMode, GameScreen } from './GameMode';
import { BOTTOM_H, BOTTOM_Y, CARD_GAP, END_W, END_X, MAP_X, NEWS_W, SIDE_H, SIDE_W, SIDE_X, STRIP_X, TOP } from './layout';

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

  constructor(
    private readonly screen: GameScreen,
    private readonly role: ActorId,
  ) {
    const scene = screen.scene;
    const session = screen.session;
    const group = screen.group;
    this.scene = scene;
    this.session = session;
    const profile = session.scenario.actors[role];
    this.status = new StatusView(scene, SIDE_X, TOP, SIDE_W, STATUS_H, role, profile.short, profile.specialMeter);
    this.actorsView = new ActorsView(
      scene,
      SIDE_X,
      TOP + STATUS_H + 8,
      SIDE_W,
      SIDE_H - STATUS_H - 8,
      session.panels().map((p) => p.actor),
      'The others',
    );

    this.news = group.add(
      new ScrollText(scene, { x: 16, y: BOTTOM_Y, width: NEWS_W, height: BOTTOM_H, blocks: [], label: 'News this turn' }),
    );
    this.details = new ActionDetails(scene, MAP_X, TOP, 492, 450);

    const options = session.options();
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
    scene.add.text(END_X, BOTTOM_Y - 2, 'YOUR ORDER', textStyle('label'));
    this.orderText = scene.add.text(END_X, BOTTOM_Y + 20, '', textStyle('tiny', { color: css(COLORS.text), wrap: END_W, lineSpacing: 0 }));
    const endH = 56;
    if (options.length > strip.perView) this.addPageButtons(BOTTOM_Y + BOTTOM_H - endH - 8 - 36, options.length);
    this.endButton = group.add(
      new Button(scene, {
        x: END_X,
        y: BOTTOM_Y + BOTTOM_H - endH,
        width: END_W,
        height: endH,
        label: 'End turn',
        hotkey: 'e',
        variant: 'primary',
        disabled: true,
        onActivate: () => this.requestEndTurn(),
      }),
    );
    this.updateOrder();
  }

  /** ◀ Cards / Cards ▶ at `y`, with a count above them: for more cards than the strip shows at once. */
  private addPageButtons(y: number, total: number): void {
    const { scene, group } = this.screen;
    const strip = this.strip;
    const count = scene.add.text(END_X, y - 22, '', textStyle('tiny'));
    const half = (END_W - 8) / 2;
    const prev = group.add(
      new Button(scene, {
        x: END_X,
        y,
        width: half,
        height: 36,
        label: '◀ Cards',
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
        label: 'Cards ▶',
        hint: '',
        fontSize: FONT.tiny,
        onActivate: () => strip.page(1),
      }),
    );
    const sync = () => {
      const first = strip.firstVisible;
      count.setText(`cards ${first + 1}–${Math.min(total, first + strip.perView)} of ${total}`);
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
    announceScene('Game', this.announcement());
  }

  /** Nothing runs on its own while a person plays. */
  pause(): void {}

  private spokenCard(info: CardInfo, total: number): string {
    const ctx = this.detailsContext(info.option);
    const paras = optionParagraphs(info.option, ctx)
      .map((p) => p.text)
      .join(' ');
    return `Card ${info.index + 1} of ${total}${info.key ? `, key ${info.key}` : ''}: ${info.option.def.name}. ${paras}`;
  }

  private detailsContext(option: ActionOption): DetailsContext {
    return {
      scenario: this.session.scenario,
      budget: this.session.state.actors[this.role].budget,
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
      announce(`${card.label} is already chosen. Press E, or Enter again, to end the turn.`);
      return;
    }
    this.selected?.setSelected(false);
    this.selected = card;
    card.setSelected(true);
    this.updateOrder();
    const warn = needsConfirmation(card.option) ? ' It carries a warning: you will be asked to confirm.' : '';
    announce(`Chosen: ${card.label}.${warn} Press E, or Enter again, to end the turn.`);
  }

  private updateOrder(): void {
    if (this.selected) {
      this.orderText.setText(this.selected.label).setColor(css(COLORS.text)).setFontStyle('bold');
    } else {
      this.orderText.setText('Choose a card (keys 1–9)').setColor(css(COLORS.textMuted)).setFontStyle('normal');
    }
    clampLines(this.orderText, this.session.options().length > this.strip.perView ? 2 : 5);
    this.endButton.setDisabled(!this.selected);
  }

  private requestEndTurn(): void {
    if (this.screen.dialogOpen()) return;
    const card = this.selected;
    if (!card) {
      announce('Choose an action card first: number keys 1 to 9, or click a card.');
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
    const rung = this.session.state.rung;
    const lines: ConfirmLine[] = [];
    if (option.crossesRung) {
      lines.push({
        text: `! May cross a rung: on its own this can push the ladder up from rung ${rung} (${sc.ladder[rung]?.name}).`,
        color: COLORS.warn,
      });
    }
    if (option.risk && option.risk.chance >= 30) {
      lines.push({ text: `! ${riskPhrase(option) ?? ''}.`, color: COLORS.warn });
      const hit = riskOutcome(sc, option.def);
      if (hit) lines.push({ text: `If it happens: ${hit}.`, kind: 'small' });
    }
    lines.push({
      text: this.session.awaitingOthers()
        ? 'Your order then stays hidden while the device goes to the next player; all orders are revealed together once everyone has chosen.'
        : 'Every actor’s orders are then revealed together and resolved.',
      kind: 'small',
      color: COLORS.textMuted,
    });
    return lines;
  }

  private commit(option: ActionOption): void {
    this.screen.closeDialog();
    if (this.session.awaitingOthers()) {
      // Hot-seat: the order stays hidden; the device goes to the next player. Nothing is saved
      // until the turn has been played out.
      const next = this.session.handOff(option.def.id);
      if (!next.ok) {
        notify(this.scene, `The order could not be given: ${next.error}`);
        return;
      }
      this.scene.scene.start('PassDevice');
      return;
    }
    const r = this.session.endTurn(option.def.id);
    if (!r.ok) {
      notify(this.scene, `The order could not be given: ${r.error}`);
      return;
    }
    const saved = autosave(this.session);
    this.scene.scene.start('Resolution', { turn: r.value.turn, notice: saved.ok ? null : saved.error });
  }

  private newsBlocks(): ScrollBlock[] {
    const t = this.session.lastPlayedTurn();
    const blocks: ScrollBlock[] = [{ text: t < 1 ? 'THE SITUATION' : `NEWS · after turn ${t}`, kind: 'label', color: COLORS.textMuted }];
    for (const item of this.session.news()) blocks.push({ text: item, kind: 'tiny', color: COLORS.text, gapBefore: 6 });
    return blocks;
  }

  private announcement(): string {
    const session = this.session;
    const opts = session.options();
    const avail = opts
      .map((o, i) => ({ o, key: CARD_KEYS[i] }))
      .filter((x) => x.o.available)
      .map((x) => `${x.key ? `key ${x.key}, ` : ''}${x.o.def.name}${x.o.crossesRung ? ' (may cross a rung)' : ''}`);
    const unavailable = opts.filter((o) => !o.available).map((o) => `${o.def.name} (${o.reason})`);
    const hotseat = session.isHotseat
      ? `Hot-seat: player ${session.chosenCount() + 1} of ${session.players.length}. ${session.awaitingOthers() ? 'After your order the device goes to the next player.' : 'You are the last to choose: your order plays the turn out.'}`
      : '';
    return [
      `${this.screen.turnTitle()}. You play ${session.scenario.actors[this.role].short}.`,
      hotseat,
      this.screen.ladder.describe(),
      this.status.describe(),
      `News: ${session.news().join(' ')}`,
      `Your cards: ${avail.join('; ')}.`,
      unavailable.length ? `Unavailable now: ${unavailable.join('; ')}.` : '',
      'Press a number key to choose a card, E to end the turn, H for help, M for the menu.',
    ]
      .filter(Boolean)
      .join(' ');
  }
}
