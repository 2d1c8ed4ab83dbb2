import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runTextIndexWork } from '../lib/library/text-index-work';

// The index worker: a dedicated worker the Library page starts from this packaged file (MV3
// allows no blob: workers). It indexes the articles waiting for it and merges small segments,
// off the page's main thread, then closes. It opens the Library only through lib/storage/.
export default defineUnlistedScript(() => {
  void runTextIndexWork((message) => {
    postMessage(message);
    if (message.kind !== 'indexed') close();
  });
});
