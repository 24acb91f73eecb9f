import { useState } from 'react';
import type { ImportKind, ImportReport } from '../../../../electron/contract/schemas/import';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { ja } from '../../i18n/ja';
import { fileToBase64, importFileProblem } from './importFile';

/** Where the wizard is: choosing a file, looking at its preview, or looking at what was imported. */
export type WizardStep =
  | { step: 'pick' }
  | { step: 'preview'; preview: ImportReport; fileName: string; content: string }
  | { step: 'done'; result: ImportReport };

/**
 * The import wizard's state and its two calls. The file travels as base64 (the renderer never
 * passes a path); the same bytes that were previewed are the ones imported.
 */
export function useImportWizard() {
  const [kind, setKindState] = useState<ImportKind>('consultations');
  const [file, setFileState] = useState<File | null>(null);
  const [wizard, setWizard] = useState<WizardStep>({ step: 'pick' });
  const [busy, setBusy] = useState<'reading' | 'importing' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);

  const restart = () => {
    setWizard({ step: 'pick' });
    setError(null);
    setSkipInvalid(false);
  };

  const read = async () => {
    if (file === null || busy !== null) return;
    const problem = importFileProblem(file);
    if (problem !== null) {
      setError(problem);
      return;
    }
    setBusy('reading');
    setError(null);
    try {
      let content: string;
      try {
        content = await fileToBase64(file);
      } catch {
        setError(ja.excelImport.readFailed);
        return;
      }
      const preview = await call('import.preview', { kind, fileName: file.name, content });
      setSkipInvalid(false);
      setWizard({ step: 'preview', preview, fileName: file.name, content });
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusy(null);
    }
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
    run: () => void run(),
    back: restart,
    again: () => {
      setFileState(null);
      restart();
    },
  };
}
