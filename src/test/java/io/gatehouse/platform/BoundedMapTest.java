package io.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoundedMapTest {

    @Test
    void putWhenFullThenOldestInsertedDropped() {
        BoundedMap<String, String> map = new BoundedMap<>(3);
        map.put("a", "1");
        map.put("b", "2");
        map.put("c", "3");

        map.put("d", "4");

        assertThat(map.size()).isEqualTo(3);
        assertThat(map.get("a")).isNull();
        assertThat(map.get("b")).isEqualTo("2");
        assertThat(map.get("d")).isEqualTo("4");
    }

    /** The eviction of an old insert must not take the newer insert of the same key with it. */
    @Test
    void putWhenKeyReinsertedThenItsOldQueueSlotDoesNotEvictIt() {
        BoundedMap<String, String> map = new BoundedMap<>(2);
        map.put("a", "1");
        map.put("a", "1");

        map.put("b", "2");

        assertThat(map.get("a")).isEqualTo("1");
        assertThat(map.get("b")).isEqualTo("2");
        map.put("c", "3");
        assertThat(map.get("a")).as("its newer insert is now the oldest").isNull();
        assertThat(map.get("b")).isEqualTo("2");
        assertThat(map.get("c")).isEqualTo("3");
    }

    @Test
    void putWhenManyMoreThanCapacityThenSizeStaysBounded() {
        BoundedMap<Integer, Integer> map = new BoundedMap<>(100);

        for (int i = 0; i < 10_000; i++) {
            map.put(i % 250, i);
            if (i % 3 == 0) {
                map.remove(i % 250);
            }
        }

        assertThat(map.size()).isLessThanOrEqualTo(100);
        assertThat(map.get(9_998 % 250)).as("the last insert not removed").isEqualTo(9_998);
    }

    @Test
    void removeWhenValueReplacedMeanwhileThenNewerValueKept() {
        BoundedMap<String, String> map = new BoundedMap<>(10);
        String older = new String("v");
        String newer = new String("v");
        map.put("k", older);
        map.put("k", newer);

        map.remove("k", older);

        assertThat(map.get("k")).isSameAs(newer);
        map.remove("k", newer);
        assertThat(map.get("k")).isNull();
    }

    @Test
    void removeIfAndClearWhenCalledThenMatchingOrAllGone() {
        BoundedMap<String, Integer> map = new BoundedMap<>(10);
        map.put("one", 1);
        map.put("two", 2);
        map.put("three", 3);

        map.removeIf(v -> v % 2 == 1);

        assertThat(map.size()).isEqualTo(1);
        assertThat(map.get("two")).isEqualTo(2);
        map.clear();
        assertThat(map.size()).isZero();
    }

    @Test
    void constructorWhenCapacityBelowOneThenRejected() {
        assertThatThrownBy(() -> new BoundedMap<String, String>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
