package mosaic.core.access;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import mosaic.core.workspace.Workspace;
import mosaic.model.Attribute;
import mosaic.model.MosaicFactory;
import mosaic.model.Source;

/**
 * Cover designations of protected sources: what a product shows instead of a protected source's
 * name ({@code Source KESTREL-41}). A designation is drawn once with {@link SecureRandom}, unique in
 * the workspace, and kept with the source as the attribute {@value #KEY}, so it is the same in every
 * product and every clone (it travels with the source through sync) and says nothing about the
 * record: not its id, its name, its handler or when it was made.
 */
public final class CoverDesignations {

    /** The attribute of a source that keeps its designation. */
    public static final String KEY = "mosaic.coverDesignation";

    private static final String[] WORDS = {"KESTREL", "HERON", "OSPREY", "MERLIN", "PLOVER", "CURLEW", "EGRET", "IBIS", "HOOPOE",
        "SHRIKE", "WAGTAIL", "BUNTING", "LAPWING", "SWIFT", "MARTIN", "ORIOLE", "ROLLER", "BULBUL", "WEAVER", "SUNBIRD", "BARBET",
        "TURACO", "HORNBILL", "FINFOOT", "JACANA", "STILT", "AVOCET", "GANNET", "PETREL", "TERN", "SKUA", "KITE", "HARRIER", "BUZZARD",
        "FALCON", "HOBBY", "NIGHTJAR", "COUCAL", "CUCKOO", "DRONGO", "STARLING", "THRUSH", "ROBIN", "CHAT", "WHEATEAR", "PIPIT",
        "LARK", "SPARROW", "CANARY", "SISKIN", "WARBLER", "BABBLER", "TIT", "NUTHATCH", "CRANE", "STORK", "PELICAN", "CORMORANT",
        "DARTER", "BITTERN", "SPOONBILL", "FLAMINGO", "GROUSE", "QUAIL"};

    private static final SecureRandom RANDOM = new SecureRandom();

    private CoverDesignations() {
    }

    /** The designation kept with a source, if it has one. */
    public static Optional<String> of(Source source) {
        for (Attribute a : source.getAttributes()) {
            if (KEY.equals(a.getKey()) && a.getValue() != null && !a.getValue().isBlank()) {
                return Optional.of(a.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The source's designation, drawn and saved with the source the first time it is asked for.
     *
     * @return the designation, or empty when none is kept and the source could not be saved with
     *         a new one (the caller then shows no handle at all, never one made from the record)
     */
    public static Optional<String> ensure(Workspace workspace, Source source) {
        Optional<String> kept = of(source);
        if (kept.isPresent()) {
            return kept;
        }
        synchronized (CoverDesignations.class) {
            kept = of(source);
            if (kept.isPresent()) {
                return kept;
            }
            Set<String> taken = new HashSet<>();
            for (Source other : workspace.objects(Source.class)) {
                of(other).ifPresent(taken::add);
            }
            String designation = draw(taken);
            Attribute attribute = MosaicFactory.eINSTANCE.createAttribute();
            attribute.setKey(KEY);
            attribute.setValue(designation);
            attribute.setType("string");
            source.getAttributes().add(attribute);
            try {
                workspace.save(source);
            } catch (IOException | RuntimeException e) {
                source.getAttributes().remove(attribute);
                return Optional.empty();
            }
            return Optional.of(designation);
        }
    }

    /** A fresh designation, {@code WORD-NN}, not among {@code taken}. */
    static String draw(Set<String> taken) {
        for (int attempt = 0; ; attempt++) {
            int digits = attempt < 1000 ? 2 : 4;
            int low = digits == 2 ? 10 : 1000;
            String candidate = WORDS[RANDOM.nextInt(WORDS.length)] + "-" + (low + RANDOM.nextInt(low * 9));
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** What a product shows for a protected source: {@code Source KESTREL-41}, or {@code Protected source} without a handle. */
    public static String shown(Workspace workspace, Source source) {
        return ensure(workspace, source).map(d -> "Source " + d).orElse("Protected source");
    }
}
