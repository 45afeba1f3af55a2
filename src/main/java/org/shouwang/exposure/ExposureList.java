package org.shouwang.exposure;

import java.util.List;

/** The answer to one lookup: the person, the query, and their contacts, most hours together first. */
public record ExposureList(String name, ExposureQuery query, List<Contact> contacts) {
}
