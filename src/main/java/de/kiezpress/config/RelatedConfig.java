package de.kiezpress.config;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The related-articles settings a site chose in kiezpress.yaml; what it leaves out keeps the
 * ranking's own documented defaults.
 */
public record RelatedConfig(OptionalInt count, OptionalDouble topicWeight, OptionalDouble districtWeight,
                            OptionalDouble textWeight, OptionalDouble recencyWeight, OptionalInt recencyHalfLifeDays,
                            OptionalDouble maxDocumentFrequency) {
    public static final RelatedConfig DEFAULTS = new RelatedConfig(OptionalInt.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(),
            OptionalDouble.empty());
}
