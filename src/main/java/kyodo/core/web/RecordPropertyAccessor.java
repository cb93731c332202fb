package kyodo.core.web;

import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads {@code ${event.title}} on a record by its accessor, found once per class. OGNL 3.3 finds
 * bean getters through a cache but looks for a record's {@code title()} by scanning every method of
 * the class, comparing names case-insensitively, on every read: a fifth of the time of a rendered
 * page went there. Names it does not know (a public field, say) go to OGNL's own way.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {

    private static final ClassValue<Map<String, Method>> READERS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return readers(type);
        }
    };

    /** Makes OGNL use this accessor for every record (it looks an accessor up by the class and its superclasses). */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getPossibleProperty(Map context, Object target, String name) throws OgnlException {
        Method reader = target == null ? null : READERS.get(target.getClass()).get(name);
        if (reader == null) {
            return super.getPossibleProperty(context, target, name);
        }
        try {
            return reader.invoke(target);
        } catch (InvocationTargetException e) {
            throw new OgnlException(name, e.getCause());
        } catch (IllegalAccessException e) {
            throw new OgnlException(name, e);
        }
    }

    /** Per property name, the public no-argument method OGNL would call: getX, then isX, then x (a record's accessor). */
    static Map<String, Method> readers(Class<?> type) {
        Map<String, Method> byName = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || method.getReturnType() == void.class || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            String property;
            int order;
            if (name.startsWith("get") && name.length() > 3) {
                property = decapitalize(name.substring(3));
                order = 0;
            } else if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
                property = decapitalize(name.substring(2));
                order = 1;
            } else {
                property = name;
                order = 2;
            }
            // A public method of a record that is not public itself can only be called once made accessible.
            if ((!rank.containsKey(property) || rank.get(property) > order) && method.trySetAccessible()) {
                byName.put(property, method);
                rank.put(property, order);
            }
        }
        return Map.copyOf(byName);
    }

    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
