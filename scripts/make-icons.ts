// Draws the web app's PNG icons from the SVGs in assets/ with the Chromium the
// browser tests use: `npm run icons` rewrites public/icons/*.png.
// The PNGs are committed; run this again only when an SVG changes.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/e2e/browser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'public', 'icons');

const ICONS: readonly { svg: string; png: string; size: number }[] = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  { svg: 'icon.svg', png: 'apple-touch-icon-180.png', size: 180 },
];

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const browser = await launchBrowser();
  try {
    for (const icon of ICONS) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
      const svg = readFileSync(path.join(root, 'assets', icon.svg), 'utf8');
      const body = `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style>${svg}`;
      await page.setContent(body);
      await page.screenshot({ path: path.join(out, icon.png), omitBackground: true });
      await page.close();
      process.stdout.write(`public/icons/${icon.png} (${icon.size}×${icon.size})\n`);
    }
  } finally {
    await browser.close();
  }
}

void main();
