package org.shouwang.base;

/**
 * That {@code count} records of one kind still refer to something, e.g. "3 posts".
 *
 * @param key   translation key of the kind, taking the count as its parameter
 *              (e.g. {@code editing.used.posts} = "{0} post(s)")
 * @param count how many refer to it, always positive
 */
public record Usage(String key, long count) {
}
