import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import { brokenFile, importLimits, unreadablePart } from './importLimits';

/** What a part's reader is told, element names without their namespace prefix (x:row → row). */
export type XmlHandlers = {
  open?: (name: string, attributes: Record<string, string>) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
  /** Asked after each chunk: true ends the reading early (the rest is never inflated). */
  done?: () => boolean;
};

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Guards the parser against text without end: the XML parser collects a text or a tag whole
 * before handing it over, so a 268-million-character cell would be built in memory first. No
 * stretch between two '<' may exceed `importLimits.xmlRunCharacters`.
 */
function runGuard(part: string) {
  let run = 0;
  return (chunk: string) => {
    let at = chunk.indexOf('<');
    if (at === -1) {
      run += chunk.length;
    } else {
      let longest = run + at;
      for (let next = chunk.indexOf('<', at + 1); next !== -1; next = chunk.indexOf('<', at + 1)) {
        longest = Math.max(longest, next - at);
        at = next;
      }
      if (longest > importLimits.xmlRunCharacters) run = longest;
      else run = chunk.length - at;
    }
    if (run > importLimits.xmlRunCharacters) {
      throw brokenFile(
        `部品（${part}）に、Excel が書かない長さ（${importLimits.xmlRunCharacters.toLocaleString('ja-JP')} 文字を超える）の文字の並びがあります。Excel で作られたファイルではないか、壊れています。`,
      );
    }
  };
}

/**
 * Reads an XML part as it inflates, chunk by chunk, so memory holds one chunk and what the
 * handlers keep. A part that is not well-formed XML, or that inflates past its declared size,
 * is a VALIDATION error naming the part.
 */
export async function readXml(
  stream: Readable,
  part: string,
  handlers: XmlHandlers,
): Promise<void> {
  const parser = new SaxesParser();
  const guard = runGuard(part);
  const decoder = new TextDecoder('utf-8');
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag) =>
      open(localName(tag.name), tag.attributes as Record<string, string>),
    );
  }
  if (handlers.text) parser.on('text', handlers.text);
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  try {
    for await (const chunk of stream) {
      const text = decoder.decode(chunk as Buffer, { stream: true });
      guard(text);
      parser.write(text);
      if (handlers.done?.() === true) return;
    }
    parser.write(decoder.decode()).close();
  } catch (error) {
    throw unreadablePart(error, part);
  } finally {
    stream.destroy();
  }
}
