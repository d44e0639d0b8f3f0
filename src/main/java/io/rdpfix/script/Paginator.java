package io.rdpfix.script;

import io.rdpfix.cmd.ScriptForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one paginator of the paste form. It lays a script's parts out into the fewest blocks, each
 * rendered as it will be pasted, and only then numbers them: every block's "k/N done, paste block
 * k+1" line counts the pastes the page shows. It splits no part: an owner splits a part that cannot
 * fit a block of its own beforehand (see {@link #fitsAlone}). A block still too long for one paste (a
 * part no split can shrink) continues in the next paste, and its end line counts both.
 *
 * @param <P> what a block takes whole: a piece of a file, the writes to a key, the read-back
 */
final class Paginator<P> {
    /** How the owner renders a block of parts. */
    @FunctionalInterface
    interface Blocks<P> {
        /** @param first whether this is the first block, @param block the paste it ends in, of {@code count} */
        List<Section> render(List<P> parts, boolean first, int block, int count);
    }

    private final Blocks<P> blocks;
    private final Predicate<P> alone;

    private Paginator(Blocks<P> blocks, Predicate<P> alone) {
        this.blocks = blocks;
        this.alone = alone;
    }

    /** The parts, in order, as numbered blocks; a part {@code alone} accepts takes a block of its own, with nothing else in it. */
    static <P> List<List<Section>> layOut(ScriptForm form, List<P> parts, Blocks<P> blocks, Predicate<P> alone) {
        Paginator<P> paginator = new Paginator<>(blocks, alone);
        List<List<P>> layout = paginator.fewest(parts);
        // Numbers change a block's length by a digit at most: a few passes settle them.
        int[] pastes = new int[layout.size()];
        Arrays.fill(pastes, 1);
        List<List<Section>> numbered = paginator.numbered(layout, pastes);
        for (int pass = 0; pass < 4; pass++) {
            int[] now = numbered.stream().mapToInt(b -> PasteBlocks.count(form, b)).toArray();
            if (Arrays.equals(now, pastes)) {
                break;
            }
            pastes = now;
            numbered = paginator.numbered(layout, pastes);
        }
        return numbered;
    }

    /** Whether a part fits a block of its own, rendered as a later block, with {@code extra} characters besides. */
    static <P> boolean fitsAlone(P part, Blocks<P> blocks, int extra) {
        return cost(blocks.render(List.of(part), false, 99, 99)) + extra <= PasteBlocks.LIMIT;
    }

    static int cost(List<Section> sections) {
        return sections.stream().mapToInt(Section::pasteCost).sum();
    }

    /** The fewest blocks the parts fit in, each tried as it will render for that count. */
    private List<List<P>> fewest(List<P> parts) {
        for (int count = 1; count < parts.size(); count++) {
            List<List<P>> layout = new ArrayList<>();
            List<P> current = new ArrayList<>();
            for (P part : parts) {
                List<P> trial = new ArrayList<>(current);
                trial.add(part);
                int block = layout.size() + 1;
                if (!current.isEmpty() && (alone.test(part) || current.stream().anyMatch(alone)
                        || cost(blocks.render(trial, block == 1, block, count)) > PasteBlocks.LIMIT)) {
                    layout.add(current);
                    current = new ArrayList<>(List.of(part));
                } else {
                    current = trial;
                }
            }
            layout.add(current);
            if (layout.size() <= count) {
                return layout;
            }
        }
        return parts.stream().map(List::of).toList();
    }

    /** Each block, numbered by the last paste it ends in, of all pastes. */
    private List<List<Section>> numbered(List<List<P>> layout, int[] pastes) {
        int total = Arrays.stream(pastes).sum();
        List<List<Section>> numbered = new ArrayList<>();
        int end = 0;
        for (int b = 0; b < layout.size(); b++) {
            end += pastes[b];
            numbered.add(blocks.render(layout.get(b), b == 0, end, total));
        }
        return numbered;
    }
}
