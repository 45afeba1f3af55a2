package org.shouwang.intake;

import java.util.List;

/**
 * What is wrong with one cell of an uploaded sheet.
 *
 * @param row    the row number as Excel shows it
 * @param cell   the cell's address, e.g. {@code C5}
 * @param column the column
 * @param key    the translation key of the problem; {@code args} are its arguments
 */
public record IntakeProblem(int row, String cell, SheetColumn column, String key, List<String> args) {
}
