import { serveSandboxJobs } from '../../lib/capture/sandbox-parser';

// Chrome's offscreen document frames this sandbox for each Save link parse (and its Markdown):
// untrusted pages are parsed in a process that can be dropped on a time budget.
serveSandboxJobs();
