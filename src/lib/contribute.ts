/**
 * How a reader who holds a document's text adds it to the site: the importer's command (README,
 * "Thêm một kế hoạch / Adding a plan"), shown beside every document known only from other sources.
 */

/** The importer, as a reader runs it on a file they have ("TỆP" = the file). */
export const IMPORT_COMMAND = 'npm run import -- TỆP';

/** The README section that walks through adding a plan, by its heading. */
export const README_SECTION = 'Thêm một kế hoạch / Adding a plan';

/** The file formats the importer reads, in words. */
export const IMPORT_FORMATS = 'Word (.docx), PDF có lớp chữ, hoặc văn bản (.txt) chép từ trang web hay trình đọc PDF';
