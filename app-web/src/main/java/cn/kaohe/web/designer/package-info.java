/**
 * The assessment office's scheme pages: {@code /office/schemes.xhtml} (versions, seed templates, import of a JSON or
 * YAML file — validated by scoring-core, nothing stored when invalid —, export, copy), {@code
 * /office/scheme-designer.xhtml} (the indicator tree-table editor, revalidated by scoring-core after every edit; a
 * save makes a new version, a frozen version is never changed) and {@code /office/scheme-diff.xhtml} (two versions
 * side by side, from scoring-core's {@link cn.kaohe.scoring.io.SchemeDiff}).
 */
package cn.kaohe.web.designer;
