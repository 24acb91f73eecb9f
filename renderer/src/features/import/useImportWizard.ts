import { useState } from 'react';
import type { ImportKind, ImportReport } from '../../../../electron/contract/schemas/import';
import type { ImportMapping } from '../../../../electron/contract/schemas/importWords';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { ja } from '../../i18n/ja';
import { fileToBase64, importFileProblem } from './importFile';

/** Where the wizard is: choosing a file, looking at its preview, or looking at what was imported. */
export type WizardStep =
  | { step: 'pick' }
  | { step: 'preview'; preview: ImportReport; fileName: string; content: string }
  | { step: 'done'; result: ImportReport };

/** The mappings with one word's replaced (or added). */
function withMapping(mappings: readonly ImportMapping[], next: ImportMapping): ImportMapping[] {
  const same = (m: ImportMapping) => m.list === next.list && m.written === next.written;
  return [...mappings.filter((m) => !same(m)), next];
}

/**
 * The import wizard's state and its calls. The file travels as base64 (the renderer never
 * passes a path); the same bytes that were previewed are the ones imported, with the same
 * mappings of the file's words (each change previews the file again).
 */
export function useImportWizard() {
  const [kind, setKindState] = useState<ImportKind>('consultations');
  const [file, setFileState] = useState<File | null>(null);
  const [wizard, setWizard] = useState<WizardStep>({ step: 'pick' });
  const [busy, setBusy] = useState<'reading' | 'importing' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [mappings, setMappings] = useState<ImportMapping[]>([]);

  const restart = () => {
    setWizard({ step: 'pick' });
    setError(null);
    setSkipInvalid(false);
    setMappings([]);
  };

  /** Previews the file with these mappings; the step shows the new preview. */
  const preview = async (fileName: string, content: string, next: ImportMapping[]) => {
    setBusy('reading');
    setError(null);
    try {
      const report = await call('import.preview', { kind, fileName, content, mappings: next });
      setSkipInvalid(false);
      setMappings(next);
      setWizard({ step: 'preview', preview: report, fileName, content });
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusy(null);
    }
  };

  const read = async () => {
    if (file === null || busy !== null) return;
    const problem = importFileProblem(file);
    if (problem !== null) {
      setError(problem);
      return;
    }
    let content: string;
    try {
      content = await fileToBase64(file);
    } catch {
      setError(ja.excelImport.readFailed);
      return;
    }
    await preview(file.name, content, []);
  };

  const remap = async (mapping: ImportMapping) => {
    if (wizard.step !== 'preview' || busy !== null) return;
    await preview(wizard.fileName, wizard.content, withMapping(mappings, mapping));
  };

  /** After a 管理者 added a word to the 課題 list: the same file read again against it. */
  const reread = async () => {
    if (wizard.step !== 'preview' || busy !== null) return;
    await preview(wizard.fileName, wizard.content, mappings);
  };

  const run = async () => {
    if (wizard.step !== 'preview' || busy !== null) return;
    setBusy('importing');
    setError(null);
    try {
      const result = await call('import.run', {
        kind: wizard.preview.kind,
        fileName: wizard.fileName,
        content: wizard.content,
        mappings,
        skipInvalid,
      });
      setWizard({ step: 'done', result });
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusy(null);
    }
  };

  return {
    kind,
    file,
    wizard,
    busy,
    error,
    skipInvalid,
    mappings,
    setSkipInvalid,
    setKind: (next: ImportKind) => {
      setKindState(next);
      restart();
    },
    setFile: (next: File | null) => {
      setFileState(next);
      restart();
    },
    read: () => void read(),
    remap: (mapping: ImportMapping) => void remap(mapping),
    reread: () => void reread(),
    run: () => void run(),
    back: restart,
    again: () => {
      setFileState(null);
      restart();
    },
  };
}
