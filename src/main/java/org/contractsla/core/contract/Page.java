package org.contractsla.core.contract;

import java.util.List;

/**
 * One page of a longer list: the items from {@code offset}, and how many there are in all. Immutable.
 *
 * @param <T> item type
 */
public final class Page<T> {

    private final List<T> items;
    private final int offset;
    private final int total;

    private Page(List<T> items, int offset, int total) {
        this.items = items;
        this.offset = offset;
        this.total = total;
    }

    /**
     * @param all    every matching item, in order
     * @param offset index of the first item to return, 0 or more
     * @param limit  most items to return, 1 or more
     * @param <T>    item type
     * @return the page
     */
    public static <T> Page<T> of(List<T> all, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), offset, all.size());
    }

    /**
     * @param items  the items of one page, already cut out of the whole list
     * @param offset index of the first of them in the whole list, 0 or more
     * @param total  how many items the whole list has
     * @param <T>    item type
     * @return the page
     */
    public static <T> Page<T> ofSlice(List<T> items, int offset, int total) {
        if (offset < 0 || total < items.size()) {
            throw new IllegalArgumentException("offset " + offset + ", total " + total);
        }
        return new Page<>(List.copyOf(items), offset, total);
    }

    /** @return the items of this page, immutable */
    public List<T> items() {
        return items;
    }

    /** @return index of the first item */
    public int offset() {
        return offset;
    }

    /** @return how many items match in all */
    public int total() {
        return total;
    }
}
