// The library's pieces: listed, saved, changed and deleted. Inserting them is the composer's work.
import type { libraryContract } from '../../shared/contract/library';
import type { LibraryStore } from '../library/library-store';
import { NO_BACKGROUND_WORK, type ContractHandlers, type DomainModule } from './types';

export function libraryDomain(store: LibraryStore): DomainModule<typeof libraryContract> {
  const handlers: ContractHandlers<typeof libraryContract> = {
    'library.list': () => store.list(),
    'library.create': (input) => store.create(input),
    'library.update': ({ id, ...changes }) => store.update(id, changes),
    'library.delete': ({ id }) => {
      store.delete(id);
      return { id };
    },
  };
  return { handlers, ...NO_BACKGROUND_WORK };
}
