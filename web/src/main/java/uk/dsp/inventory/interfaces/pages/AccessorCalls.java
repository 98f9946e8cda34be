package uk.dsp.inventory.interfaces.pages;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages call the entities' and records' accessors with no argument ({@code #{r.deviceId()}}), several on every row
 * of a list. EL 5's own resolver finds the method afresh at each call, copying the class's whole method table, which
 * took more time than the rest of a row's rendering; this one finds it once per class and name.
 */
public class AccessorCalls extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || (params != null && params.length > 0)) {
            return null;
        }
        Optional<Method> accessor = ACCESSORS.get(base.getClass()).computeIfAbsent(name, n -> find(base.getClass(), n));
        if (accessor.isEmpty()) {
            return null;
        }
        try {
            Object value = accessor.get().invoke(base);
            context.setPropertyResolved(base, method);
            return value;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    /** A public no-argument method of a public class, so that the call is the one EL itself would have made. */
    private static Optional<Method> find(Class<?> type, String name) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.empty();
        }
        try {
            Method found = type.getMethod(name);
            return Modifier.isPublic(found.getDeclaringClass().getModifiers()) ? Optional.of(found) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // only calls are resolved here
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
