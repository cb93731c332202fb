package kyodo.core.web;

import ognl.MethodFailedException;
import ognl.ObjectMethodAccessor;
import ognl.OgnlContext;
import ognl.OgnlRuntime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls {@code ${dates.date(e.firstDate)}} or {@code ${site.visitor.has('STAFF')}} straight away when the
 * class has one public method of that name taking arguments of the types given. OGNL 3.3 collects the
 * candidates and weighs their signatures on every call (a fourteenth of a rendered page's time); a name with
 * overloads, a varargs method or arguments that would need converting still go OGNL's own way. Thymeleaf's
 * rules of what a template may call are asked as before.
 */
final class DirectMethodAccessor extends ObjectMethodAccessor {

    private static final ClassValue<Map<String, Method>> SINGLE = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return singleMethods(type);
        }
    };

    /** Makes OGNL use this accessor for every object (it looks an accessor up by the class and its superclasses). */
    static void install() {
        OgnlRuntime.setMethodAccessor(Object.class, new DirectMethodAccessor());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object callMethod(Map context, Object target, String name, Object[] args) throws MethodFailedException {
        Method method = target == null ? null : SINGLE.get(target.getClass()).get(name);
        if (method == null || !fits(method, args) || !(context instanceof OgnlContext ognl)
                || !ognl.getMemberAccess().isAccessible(context, target, method, name)) {
            return super.callMethod(context, target, name, args);
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw new MethodFailedException(target, name, e.getCause());
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new MethodFailedException(target, name, e);
        }
    }

    /** Each argument is null for an object parameter or an instance of the parameter's (boxed) type. */
    private static boolean fits(Method method, Object[] args) {
        Class<?>[] types = method.getParameterTypes();
        if (types.length != args.length) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i];
            if (args[i] == null ? type.isPrimitive() : !boxed(type).isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            case "char" -> Character.class;
            case "byte" -> Byte.class;
            case "short" -> Short.class;
            default -> Float.class;
        };
    }

    /** The public instance methods whose name no other public method shares, callable from here. */
    static Map<String, Method> singleMethods(Class<?> type) {
        Map<String, List<Method>> byName = new HashMap<>();
        for (Method method : type.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers())) {
                byName.computeIfAbsent(method.getName(), n -> new ArrayList<>()).add(method);
            }
        }
        Map<String, Method> single = new HashMap<>();
        byName.forEach((name, methods) -> {
            Method only = methods.get(0);
            // A public method of a class that is not public itself can only be called once made accessible.
            if (methods.size() == 1 && !only.isVarArgs() && only.getDeclaringClass() != Object.class && only.trySetAccessible()) {
                single.put(name, only);
            }
        });
        return Map.copyOf(single);
    }
}
