// Reads the raw WebSocket frames a browser received from the class server
// (playwright's framereceived), so a test can check what reached a client
// byte for byte, not what the page chose to show. Colyseus 0.16 room data is
// one byte of protocol code (13), the message type as a short string, then
// the message in MessagePack; this small decoder reads exactly that.

export interface Frame {
  /** When the test saw it (ms since the epoch). */
  at: number;
  type: string;
  message: unknown;
}

const ROOM_DATA = 13;

class Reader {
  offset = 0;
  constructor(private readonly b: Uint8Array) {}
  byte(): number {
    const v = this.b[this.offset++];
    if (v === undefined) throw new Error('frame ended early');
    return v;
  }
  uint(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + this.byte();
    return v;
  }
  int(n: number): number {
    const u = this.uint(n);
    const max = 2 ** (8 * n);
    return u >= max / 2 ? u - max : u;
  }
  str(n: number): string {
    const s = new TextDecoder().decode(this.b.subarray(this.offset, this.offset + n));
    this.offset += n;
    return s;
  }
  float(n: 4 | 8): number {
    const view = new DataView(this.b.buffer, this.b.byteOffset + this.offset, n);
    this.offset += n;
    return n === 4 ? view.getFloat32(0) : view.getFloat64(0);
  }
  array(n: number): unknown[] {
    return Array.from({ length: n }, () => this.value());
  }
  map(n: number): Record<string, unknown> {
    const o: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      const k = String(this.value());
      o[k] = this.value();
    }
    return o;
  }
  value(): unknown {
    const t = this.byte();
    if (t <= 0x7f) return t;
    if (t >= 0xe0) return t - 0x100;
    if ((t & 0xf0) === 0x80) return this.map(t & 0x0f);
    if ((t & 0xf0) === 0x90) return this.array(t & 0x0f);
    if ((t & 0xe0) === 0xa0) return this.str(t & 0x1f);
    switch (t) {
      case 0xc0:
        return null;
      case 0xc2:
        return false;
      case 0xc3:
        return true;
      case 0xca:
        return this.float(4);
      case 0xcb:
        return this.float(8);
      case 0xcc:
        return this.uint(1);
      case 0xcd:
        return this.uint(2);
      case 0xce:
        return this.uint(4);
      case 0xcf:
        return this.uint(8);
      case 0xd0:
        return this.int(1);
      case 0xd1:
        return this.int(2);
      case 0xd2:
        return this.int(4);
      case 0xd3:
        return this.int(8);
      case 0xd9:
        return this.str(this.uint(1));
      case 0xda:
        return this.str(this.uint(2));
      case 0xdb:
        return this.str(this.uint(4));
      case 0xdc:
        return this.array(this.uint(2));
      case 0xdd:
        return this.array(this.uint(4));
      case 0xde:
        return this.map(this.uint(2));
      case 0xdf:
        return this.map(this.uint(4));
      default:
        throw new Error(`MessagePack type 0x${t.toString(16)} not read here`);
    }
  }
}

/** A frame's room message ({type, message}), or null for other protocol frames (join, leave, errors). */
export function decodeFrame(payload: string | Buffer, at = Date.now()): Frame | null {
  if (typeof payload === 'string') return null;
  const bytes = new Uint8Array(payload);
  if (bytes[0] !== ROOM_DATA) return null;
  const r = new Reader(bytes);
  r.offset = 1;
  const type = r.value();
  const message = r.offset < bytes.length ? r.value() : undefined;
  return { at, type: String(type), message };
}
