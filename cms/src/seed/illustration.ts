import sharp from 'sharp';

export type IllustrationSpec = { motif: string; hue: number; label?: string };

const WIDTH = 1200;
const HEIGHT = 800;

const hsl = (hue: number, s: number, l: number) => `hsl(${((hue % 360) + 360) % 360}, ${s}%, ${l}%)`;

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const timberFrame = (x: number, y: number, w: number, h: number, colour: string) => {
  const beams: string[] = [];
  for (let i = 0; i <= 6; i++) beams.push(`<line x1="${x + (w * i) / 6}" y1="${y}" x2="${x + (w * i) / 6}" y2="${y + h}"/>`);
  for (let i = 0; i < 6; i += 2) beams.push(`<line x1="${x + (w * i) / 6}" y1="${y + h}" x2="${x + (w * (i + 1)) / 6}" y2="${y}"/>`);
  beams.push(`<line x1="${x}" y1="${y + h / 2}" x2="${x + w}" y2="${y + h / 2}"/>`);
  return `<g stroke="${colour}" stroke-width="10">${beams.join('')}</g>`;
};

const windows = (x: number, y: number, cols: number, rows: number, gap: number, colour: string) => {
  const out: string[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) out.push(`<rect x="${x + c * gap}" y="${y + r * 110}" width="48" height="64" rx="4" fill="${colour}"/>`);
  return out.join('');
};

const buildings: Record<string, (hue: number) => string> = {
  halftimber: (h) =>
    `<rect x="330" y="330" width="540" height="300" fill="${hsl(h + 30, 45, 88)}"/>` +
    timberFrame(330, 330, 540, 300, hsl(h + 20, 40, 28)) +
    `<polygon points="300,335 600,150 900,335" fill="${hsl(h + 10, 55, 38)}"/>`,
  barn: (h) =>
    `<rect x="280" y="360" width="640" height="270" fill="${hsl(h, 50, 42)}"/>` +
    `<polygon points="250,365 600,190 950,365" fill="${hsl(h + 200, 12, 30)}"/>` +
    `<rect x="520" y="450" width="160" height="180" fill="${hsl(h + 30, 35, 80)}"/>`,
  shop: (h) =>
    `<rect x="320" y="300" width="560" height="330" fill="${hsl(h + 40, 30, 85)}"/>` +
    `<rect x="320" y="280" width="560" height="40" fill="${hsl(h, 45, 40)}"/>` +
    `<rect x="380" y="440" width="180" height="190" fill="${hsl(h + 180, 30, 70)}"/>` +
    `<rect x="640" y="440" width="180" height="120" fill="${hsl(h + 180, 30, 70)}"/>` +
    windows(380, 340, 4, 1, 130, hsl(h + 180, 25, 60)),
  manor: (h) =>
    `<rect x="220" y="320" width="760" height="310" fill="${hsl(h + 40, 35, 86)}"/>` +
    `<polygon points="200,325 600,180 1000,325" fill="${hsl(h, 45, 35)}"/>` +
    windows(270, 370, 7, 2, 100, hsl(h + 200, 25, 45)),
  station: (h) =>
    `<rect x="260" y="340" width="680" height="290" fill="${hsl(h + 20, 40, 62)}"/>` +
    `<polygon points="240,345 600,230 960,345" fill="${hsl(h, 30, 30)}"/>` +
    `<circle cx="600" cy="300" r="34" fill="#fff" stroke="${hsl(h, 30, 30)}" stroke-width="6"/>` +
    windows(310, 400, 6, 2, 110, hsl(h + 200, 25, 40)),
  factory: (h) =>
    `<rect x="240" y="380" width="720" height="250" fill="${hsl(h + 10, 40, 48)}"/>` +
    `<polygon points="240,380 360,300 360,380 480,300 480,380 600,300 600,380 720,300 720,380" fill="${hsl(h + 10, 30, 38)}"/>` +
    `<rect x="800" y="170" width="60" height="210" fill="${hsl(h + 10, 35, 36)}"/>` +
    windows(290, 450, 6, 1, 110, hsl(h + 180, 25, 75)),
  church: (h) =>
    `<rect x="360" y="360" width="480" height="270" fill="${hsl(h + 30, 20, 80)}"/>` +
    `<polygon points="340,365 600,250 860,365" fill="${hsl(h, 40, 35)}"/>` +
    `<rect x="560" y="170" width="80" height="200" fill="${hsl(h + 30, 20, 72)}"/>` +
    `<polygon points="550,175 600,70 650,175" fill="${hsl(h, 40, 35)}"/>`,
  field: (h) =>
    `<circle cx="880" cy="220" r="80" fill="${hsl(h + 50, 90, 70)}"/>` +
    `<path d="M0,560 C300,480 600,620 1200,520 L1200,800 L0,800 Z" fill="${hsl(h + 60, 55, 45)}"/>`,
};

const logo = (hue: number, label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT / 2}" viewBox="0 0 ${WIDTH} ${HEIGHT / 2}">` +
  `<rect width="100%" height="100%" fill="#ffffff"/>` +
  `<circle cx="200" cy="200" r="120" fill="${hsl(hue, 55, 40)}"/>` +
  `<text x="200" y="240" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="110" font-weight="bold" fill="#fff">${escapeXml(label.slice(0, 1))}</text>` +
  `<text x="370" y="235" font-family="DejaVu Sans, sans-serif" font-size="96" font-weight="bold" fill="${hsl(hue, 40, 22)}">${escapeXml(label)}</text>` +
  `</svg>`;

/**
 * A sample person's portrait (4:5): a stylised head and shoulders with the label's initials,
 * never a likeness of anybody, as the sample people are invented.
 */
const portrait = (hue: number, label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1000" viewBox="0 0 800 1000">` +
  `<rect width="100%" height="100%" fill="${hsl(hue + 180, 40, 86)}"/>` +
  // Head, shoulders and initials stay inside the middle square and its circle, as cards crop them.
  `<path d="M110,1000 C110,470 690,470 690,1000 Z" fill="${hsl(hue, 45, 35)}"/>` +
  `<rect x="345" y="480" width="110" height="150" fill="${hsl(hue + 20, 30, 58)}"/>` +
  `<circle cx="400" cy="370" r="150" fill="${hsl(hue + 20, 35, 66)}"/>` +
  `<text x="400" y="800" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="100" font-weight="bold" fill="#fff">${escapeXml(label.slice(0, 3))}</text>` +
  `</svg>`;

/** A signboard with the spec's label, which the seed's alt texts mention. */
const sign = (label: string, hue: number) => {
  const text = label.slice(0, 28);
  const width = 80 + text.length * 30;
  return (
    `<rect x="${(WIDTH - width) / 2}" y="660" width="${width}" height="90" rx="12" fill="#fff" stroke="${hsl(hue, 40, 25)}" stroke-width="6"/>` +
    `<text x="${WIDTH / 2}" y="722" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="50" font-weight="bold" fill="${hsl(hue, 40, 22)}">${escapeXml(text)}</text>`
  );
};

const scene = ({ motif, hue, label }: IllustrationSpec) => {
  const building = buildings[motif];
  if (!building) throw new Error(`Unknown illustration motif "${motif}"`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">` +
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(hue + 180, 60, 78)}"/><stop offset="1" stop-color="${hsl(hue + 160, 50, 92)}"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#sky)"/>` +
    `<rect y="620" width="${WIDTH}" height="180" fill="${hsl(hue + 70, 45, 42)}"/>` +
    `<circle cx="150" cy="560" r="90" fill="${hsl(hue + 90, 45, 30)}"/><rect x="140" y="560" width="20" height="70" fill="${hsl(30, 40, 25)}"/>` +
    `<circle cx="1060" cy="540" r="110" fill="${hsl(hue + 100, 40, 33)}"/><rect x="1050" y="560" width="20" height="70" fill="${hsl(30, 40, 25)}"/>` +
    building(hue) +
    (label ? sign(label, hue) : '') +
    `</svg>`
  );
};

/** Renders one of the seed's illustrations (no photos are shipped) to a JPEG buffer. */
export const renderIllustration = (spec: IllustrationSpec) => {
  const svg = spec.motif === 'logo' ? logo(spec.hue, spec.label ?? '?') : spec.motif === 'portrait' ? portrait(spec.hue, spec.label ?? '') : scene(spec);
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
};
