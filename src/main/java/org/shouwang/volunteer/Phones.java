package org.shouwang.volunteer;

/** Phone numbers are personal data: lists show them masked unless the secretary asks for them. */
public final class Phones {

    private Phones() {
    }

    /**
     * The one spelling of a number by which phones are compared: "138 0013 8000", "138-0013-8000" and
     * "13800138000" are one phone (the account usernames spell it the same way). {@code null} for none.
     */
    public static String key(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        return phone.strip().replace(" ", "").replace("-", "");
    }

    /**
     * For a list of phones (e.g. the rows of an import), which entry repeats an earlier one: the index
     * of each repeat maps to the index of the first entry with that number.
     */
    public static java.util.Map<Integer, Integer> repeats(java.util.List<String> phones) {
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> repeats = new java.util.LinkedHashMap<>();
        for (int i = 0; i < phones.size(); i++) {
            String key = key(phones.get(i));
            if (key != null) {
                Integer earlier = first.putIfAbsent(key, i);
                if (earlier != null) {
                    repeats.put(i, earlier);
                }
            }
        }
        return repeats;
    }

    /** {@code 13812341234} becomes {@code 138****1234}; short numbers show no digit; {@code null} stays. */
    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String trimmed = phone.strip();
        if (trimmed.length() < 8) {
            return "****";
        }
        return trimmed.substring(0, 3) + "****" + trimmed.substring(trimmed.length() - 4);
    }
}
