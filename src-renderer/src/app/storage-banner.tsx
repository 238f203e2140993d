// Above every page while Cadence can't save (a full, read-only or failing disk): what is wrong
// and what to do, until a write goes through again and the core says so.
import { ownerWords } from '../i18n/owner-words';
import { useCoreQuery } from '../lib/use-core-query';

export function StorageBanner() {
  const { data } = useCoreQuery('storage.status', undefined, { refreshOn: ['storage.changed'] });
  if (!data || data.canSave) return null;
  return (
    <p role="alert" className="error-banner storage-banner">
      {ownerWords({ message: data.message, key: `storage.${data.problem}` })}
    </p>
  );
}
