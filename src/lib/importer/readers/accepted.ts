/**
 * What the importer reads, in a module of its own so that a page can check a file before it
 * loads any reader: the file names accepted and the size limit.
 */

/** The largest file read (50 MB): a signed PDF with stamps and scans stays well below it. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The file names the importer reads, for messages and file pickers. */
export const ACCEPTED = ['.docx', '.pdf', '.txt', '.md'];
