package kyodo.directory.internal;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Binds a form field that should come once. A field sent twice is kept as its values joined by a
 * space (「1 2」), which no number or date pattern accepts, so the form shows a field error instead
 * of the request failing; the form records' compact constructors never see a list.
 * Use on a record component: {@code @Serdeable.Deserializable(using = OneValue.class)}.
 */
@Singleton
public class OneValue implements Deserializer<String> {

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }
        return value == null ? null : value.toString();
    }

    @Override
    public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
