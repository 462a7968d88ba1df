// Messages that change the collection: after one succeeds the worker tells open collection pages.
import type { MessageName } from '../protocol';

export const WRITE_MESSAGES: ReadonlySet<MessageName> = new Set<MessageName>([
  'saveRecord',
  'deleteRecord',
  'deleteRecords',
  'restoreRecords',
  'updateReview',
  'importRecords',
  'promoteVersion',
  'captureTabs',
]);
