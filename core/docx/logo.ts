/**
 * The letterhead logo as a picture run: decoded from the stored base64,
 * checked again by its bytes (the settings file may have been edited by hand)
 * and scaled to the letterhead's height, keeping its proportions.
 */
import { ImageRun } from 'docx';
import { ExportProblem, exportMessages } from '../exportProblem';
import { wording } from '../i18n/wording';
import { inspectLogo } from '../image';
import { stripInvalidXmlChars } from '../sanitize';
import type { Logo } from '../settings';

/** docx measures pictures in pixels at 96 to the inch. */
const PX_PER_CM = 96 / 2.54;
const LOGO_HEIGHT = Math.round(1.8 * PX_PER_CM);
/** A wide banner logo is narrowed to this, and its height with it. */
const LOGO_MAX_WIDTH = Math.round(8 * PX_PER_CM);

const BROKEN_LOGO = wording(exportMessages.brokenLogo);

function decodeBase64(data: string): Uint8Array {
  try {
    return Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
  } catch {
    throw new ExportProblem(BROKEN_LOGO);
  }
}

/** Display size in docx pixels: 1.8 cm high unless that would make it wider than 8 cm. */
function logoSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(LOGO_HEIGHT / height, LOGO_MAX_WIDTH / width);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export function logoRun(logo: Logo, organisation: string, drawingId: number): ImageRun {
  const bytes = decodeBase64(logo.dataBase64);
  let info;
  try {
    info = inspectLogo(bytes);
  } catch {
    throw new ExportProblem(BROKEN_LOGO);
  }
  const name = stripInvalidXmlChars(organisation).trim();
  return new ImageRun({
    type: info.mimeType === 'image/png' ? 'png' : 'jpg',
    data: bytes,
    transformation: logoSize(info.width, info.height),
    altText: {
      id: String(drawingId),
      name: 'Logo',
      title: 'Logo',
      description: name ? `Logo of ${name}` : 'Logo',
    },
  });
}
