/**
 * Telling content from everything else in text as people really have it: web-page dumps with menus
 * and share buttons, "Edit" markers glued to headings, captions, Markdown markup, separators, "See
 * also" and reference sections, meta descriptions. {@link dev.recon.internal.layout.LayoutAnalyzer} never edits
 * the text; it masks non-content in a same-length copy, so the way back to the file is never lost.
 */
package dev.recon.internal.layout;
