package kyodo.core.web;

import ognl.OgnlRuntime;
import ognl.enhance.ExpressionCompiler;

/**
 * OGNL's compiler with the answer of {@link #getInterfaceClass} kept per class. OGNL asks it for every
 * property of every {@code a.b.c} chain Thymeleaf evaluates (to see whether the property is indexed) and
 * walks the class's interfaces again each time: about a twentieth of the time of a rendered page.
 * The answer depends on the class alone, so it can be kept for as long as the class lives.
 */
final class InterfaceClassCache extends ExpressionCompiler {

    private final ClassValue<Class<?>> interfaces = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
            return InterfaceClassCache.super.getInterfaceClass(type);
        }
    };

    /** Makes OGNL use this compiler (it holds one for the whole runtime). */
    static void install() {
        OgnlRuntime.setCompiler(new InterfaceClassCache());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class getInterfaceClass(Class type) {
        return type == null ? null : interfaces.get(type);
    }
}
